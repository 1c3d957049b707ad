import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttendanceTable } from "@/components/meetings/attendance-table";

const recordMeeting = vi.fn();
vi.mock("@/lib/meetings/actions", () => ({ recordMeeting: (...args: unknown[]) => recordMeeting(...args) }));
const { MeetingForm } = await import("@/components/meetings/meeting-form");

describe("AttendanceTable", () => {
  it("shows the withdrawal as text and as a table, oldest meeting first", () => {
    const m = (day: number, ids: string[]) => ({
      id: `m${day}`,
      heldOn: new Date(Date.UTC(2026, 2, day)),
      participantsPresent: 5,
      facilitatorIds: ids,
    });
    render(<AttendanceTable meetings={[m(1, ["a", "b"]), m(8, ["a"]), m(15, ["b"]), m(22, [])]} facilitatorNames={{ a: "Anna", b: "Bo" }} />);
    expect(screen.getByText("2 → 1 → 1 → 0")).toBeInTheDocument();
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(5);
    expect(within(rows[1]).getByRole("rowheader")).toHaveTextContent("01.03.2026");
    expect(rows[1]).toHaveTextContent("2 (Anna, Bo)");
    expect(rows[4]).toHaveTextContent("0 – gruppen mødtes selv");
  });

  it("says when nothing is recorded", () => {
    render(<AttendanceTable meetings={[]} facilitatorNames={{}} />);
    expect(screen.getByText("Der er ikke registreret nogen møder endnu.")).toBeInTheDocument();
  });
});

describe("MeetingForm", () => {
  const facilitators = [
    { id: "f1", name: "Anna" },
    { id: "f2", name: "Bo" },
  ];

  it("checks input in the browser before calling the server", async () => {
    recordMeeting.mockReset();
    render(<MeetingForm groupId="g1" facilitators={facilitators} today="2026-11-26" />);
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByText("Skriv antal fremmødte deltagere.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Antal deltagere til stede/)).toHaveFocus();
    expect(recordMeeting).not.toHaveBeenCalled();
  });

  it("sends the facilitators present and puts a server field error back on its field, focused", async () => {
    recordMeeting.mockReset().mockResolvedValue({
      ok: false,
      message: "Nogle felter skal rettes.",
      fieldErrors: { heldOn: ["Der er allerede registreret et møde den dag."] },
    });
    render(<MeetingForm groupId="g1" facilitators={facilitators} today="2026-11-26" />);
    await userEvent.type(screen.getByLabelText(/Antal deltagere til stede/), "4");
    await userEvent.click(screen.getByLabelText("Bo"));
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByText("Der er allerede registreret et møde den dag.")).toBeInTheDocument();
    expect(recordMeeting).toHaveBeenCalledWith({ groupId: "g1", heldOn: "2026-11-26", participantsPresent: "4", facilitatorIds: ["f2"] });
    expect(screen.getByLabelText(/Dato for mødet/)).toHaveFocus();
    expect(screen.getByLabelText(/Dato for mødet/)).toHaveAttribute("aria-invalid", "true");
  });

  it("a refused attempt after a saved meeting replaces the success text with the errors", async () => {
    recordMeeting.mockReset().mockResolvedValueOnce({ ok: true });
    render(<MeetingForm groupId="g1" facilitators={facilitators} today="2026-11-26" earliest="2026-03-02" />);
    expect(screen.getByLabelText(/Dato for mødet/)).toHaveAttribute("min", "2026-03-02");
    expect(screen.getByText(/Fra gruppens startdato, 2\. marts 2026, til i dag\./)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Antal deltagere til stede/), "4");
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Mødet er registreret.");

    // Refused in the browser (a future date) …
    await userEvent.clear(screen.getByLabelText(/Dato for mødet/));
    await userEvent.type(screen.getByLabelText(/Dato for mødet/), "2099-01-01");
    await userEvent.type(screen.getByLabelText(/Antal deltagere til stede/), "4");
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByText("Mødet kan ikke ligge i fremtiden.")).toBeInTheDocument();
    expect(screen.queryByText("Mødet er registreret.")).toBeNull();

    // … and by the server (before the group's start): the new answer stands alone.
    recordMeeting.mockResolvedValueOnce({ ok: true });
    await userEvent.clear(screen.getByLabelText(/Dato for mødet/));
    await userEvent.type(screen.getByLabelText(/Dato for mødet/), "2026-11-20");
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Mødet er registreret.");
    recordMeeting.mockResolvedValueOnce({
      ok: false,
      message: "Nogle felter skal rettes.",
      fieldErrors: { heldOn: ["Mødet kan ikke ligge før gruppens startdato."] },
    });
    await userEvent.clear(screen.getByLabelText(/Dato for mødet/));
    await userEvent.type(screen.getByLabelText(/Dato for mødet/), "2026-03-01");
    await userEvent.type(screen.getByLabelText(/Antal deltagere til stede/), "4");
    await userEvent.click(screen.getByRole("button", { name: "Registrér møde" }));
    expect(await screen.findByText("Mødet kan ikke ligge før gruppens startdato.")).toBeInTheDocument();
    expect(screen.queryByText("Mødet er registreret.")).toBeNull();
  });
});
