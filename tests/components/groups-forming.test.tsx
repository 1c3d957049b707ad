import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormingLine, FormingPanel } from "@/components/groups/forming-status";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
const createGroup = vi.fn();
vi.mock("@/lib/groups/actions", () => ({ createGroup: (...a: unknown[]) => createGroup(...a), updateGroup: vi.fn() }));
const { AdminGroupForm, emptyGroupDefaults } = await import("@/components/groups/admin-group-form");
const { topicOptions } = await import("@/lib/topics/topics");
const { seededTopics } = await import("../helpers/seeded-topics");
const PLACE = "Fredensgade 14, 7400 Herning";

const valid = {
  ...emptyGroupDefaults,
  place: PLACE,
  name: "Sorg tirsdag",
  topic: "GRIEF",
  description: "En gruppe for voksne, der har mistet en nærtstående.",
};

describe("the group form's forming fields", () => {
  it("offers the minimum (default 4) and the expected start, with Danish labels", () => {
    render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} defaults={{ ...emptyGroupDefaults, place: PLACE }} />);
    expect(screen.getByLabelText(/Mindste antal deltagere før start/)).toHaveValue("4");
    expect(screen.getByLabelText(/^Forventet start/)).toHaveAttribute("type", "date");
    expect(screen.getByLabelText(/^Forventet start/)).toHaveAccessibleDescription(/offentlige side/);
  });

  it("refuses a minimum above the seats and an expected start after the planned end, and calls nothing", async () => {
    createGroup.mockReset();
    render(
      <AdminGroupForm
        topicOptions={topicOptions(seededTopics)}
        defaults={{ ...valid, capacity: "3", minParticipants: "5", expectedStartOn: "2099-06-01", plannedEndDate: "2099-05-01" }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText("Det mindste antal kan ikke være højere end antal pladser (3).")).toBeInTheDocument();
    expect(screen.getByLabelText(/Mindste antal deltagere/)).toHaveAccessibleDescription(/højere end antal pladser/);
    expect(screen.getByText("Den forventede start kan ikke ligge efter den planlagte slutdato.")).toBeInTheDocument();
    expect(createGroup).not.toHaveBeenCalled();
  });

  it.each([
    ["", "Skriv det mindste antal deltagere som et helt tal."],
    ["1", "En gruppe starter med mindst 2 deltagere."],
    ["tre", "Skriv det mindste antal deltagere som et helt tal."],
  ])("refuses the minimum %j with a message", async (value, message) => {
    createGroup.mockReset();
    render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} defaults={{ ...valid, minParticipants: value }} />);
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(createGroup).not.toHaveBeenCalled();
  });

  it("sends both fields with the rest", async () => {
    createGroup.mockReset().mockResolvedValue({ ok: true, data: { id: "g1" } });
    render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} defaults={{ ...valid, minParticipants: "5", expectedStartOn: "2099-03-01" }} />);
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    await vi.waitFor(() => expect(createGroup).toHaveBeenCalled());
    expect(createGroup.mock.calls[0][0]).toMatchObject({ minParticipants: "5", expectedStartOn: "2099-03-01" });
  });
});

describe("what the public reads about a forming group", () => {
  const forming = { needed: 2, counted: 2, minimum: 4 };

  it("the card's line says how many are missing, and nothing for a group that is not forming", () => {
    const { rerender } = render(<FormingLine group={{ forming, expectedStartOn: null, takesNewcomers: true }} />);
    expect(screen.getByText("Gruppen samles: der mangler 2 deltagere, før vi starter")).toBeInTheDocument();
    rerender(<FormingLine group={{ forming: null, expectedStartOn: null, takesNewcomers: true }} />);
    expect(screen.queryByText(/Gruppen samles/)).toBeNull();
  });

  it("the page's box adds the expected start and that applying now means the first meeting", () => {
    render(<FormingPanel group={{ forming, expectedStartOn: new Date("2099-03-01T00:00:00Z"), takesNewcomers: true }} />);
    expect(screen.getByText("Vi forventer at starte omkring 1. marts 2099.")).toBeInTheDocument();
    expect(screen.getByText("Søger du nu, er du med fra gruppens første møde.")).toBeInTheDocument();
  });

  it("says the date comes later when none is set (or it has passed), and promises no first round when closed", () => {
    render(<FormingPanel group={{ forming, expectedStartOn: new Date("2001-01-01T00:00:00Z"), takesNewcomers: false }} />);
    expect(screen.getByText(/fastsætter datoen for første møde/)).toBeInTheDocument();
    expect(screen.queryByText(/Søger du nu/)).toBeNull();
  });
});
