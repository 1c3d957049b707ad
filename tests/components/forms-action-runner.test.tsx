import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The shared runner for action buttons (components/forms/use-action-runner.ts), seen through two buttons.
const releaseFacilitator = vi.fn();
const deleteMeeting = vi.fn();
vi.mock("@/lib/facilitators/actions", () => ({ releaseFacilitator: (...a: unknown[]) => releaseFacilitator(...a) }));
vi.mock("@/lib/meetings/actions", () => ({ deleteMeeting: (...a: unknown[]) => deleteMeeting(...a) }));

const { ReleaseFacilitatorButton } = await import("@/components/facilitators/release-facilitator-button");
const { DeleteMeetingButton } = await import("@/components/meetings/delete-meeting-button");

describe("an action button on the shared runner", () => {
  beforeEach(() => {
    releaseFacilitator.mockReset();
    deleteMeeting.mockReset();
  });

  it("shows the warning a successful release returns, and nothing when there is none", async () => {
    releaseFacilitator
      .mockResolvedValueOnce({ ok: true, data: { warning: "Gruppen har nu ingen igangsættere." } })
      .mockResolvedValueOnce({ ok: true, data: {} });
    render(<ReleaseFacilitatorButton groupId="g1" assignmentId="a1" name="Ida" />);
    const button = screen.getByRole("button", { name: "Afslut Idas tildeling" });
    await userEvent.click(button);
    expect(await screen.findByRole("status")).toHaveTextContent("Gruppen har nu ingen igangsættere.");
    expect(releaseFacilitator).toHaveBeenCalledWith({ groupId: "g1", assignmentId: "a1" });
    await userEvent.click(button);
    await vi.waitFor(() => expect(screen.queryByRole("status")).not.toBeInTheDocument());
  });

  it("shows the server's refusal", async () => {
    releaseFacilitator.mockResolvedValue({ ok: false, message: "Tildelingen findes ikke eller er allerede afsluttet." });
    render(<ReleaseFacilitatorButton groupId="g1" assignmentId="a1" name="Ida" />);
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("status")).toHaveTextContent("Tildelingen findes ikke eller er allerede afsluttet.");
  });

  it("shows the generic message when the action throws, and asks before deleting", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    deleteMeeting.mockRejectedValue(new Error("network"));
    render(<DeleteMeetingButton groupId="g1" meetingId="m1" dateLabel="3. nov." />);
    const button = screen.getByRole("button", { name: "Slet mødet 3. nov." });
    await userEvent.click(button);
    expect(deleteMeeting).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent("Noget gik galt hos os.");
    expect(deleteMeeting).toHaveBeenCalledWith({ groupId: "g1", meetingId: "m1" });
    confirm.mockRestore();
  });
});
