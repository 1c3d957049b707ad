import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
const createGroup = vi.fn();
const updateGroup = vi.fn();
vi.mock("@/lib/groups/actions", () => ({ createGroup: (...a: unknown[]) => createGroup(...a), updateGroup: (...a: unknown[]) => updateGroup(...a) }));
const { AdminGroupForm, emptyGroupDefaults } = await import("@/components/groups/admin-group-form");
const { topicOptions } = await import("@/lib/topics/topics");
const { seededTopics } = await import("../helpers/seeded-topics");
const PLACE = "Fredensgade 14, 7400 Herning";

describe("AdminGroupForm", () => {
  it("shows a Danish message per missing field, focuses the first, and calls nothing", async () => {
    createGroup.mockReset();
    render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} defaults={{ ...emptyGroupDefaults, place: PLACE, capacity: "" }} />);
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText("Skriv et navn på mindst 3 tegn.")).toBeInTheDocument();
    expect(screen.getByText("Vælg et emne.")).toBeInTheDocument();
    expect(screen.getByText("Skriv en beskrivelse på mindst 20 tegn.")).toBeInTheDocument();
    expect(screen.getByText("Skriv antal pladser.")).toBeInTheDocument();
    expect(screen.getByLabelText("Navn")).toHaveFocus();
    expect(screen.getByLabelText("Navn")).toHaveAccessibleDescription("Skriv et navn på mindst 3 tegn.");
    expect(createGroup).not.toHaveBeenCalled();
  });

  it("creates the group and goes to its admin page", async () => {
    createGroup.mockReset().mockResolvedValue({ ok: true, data: { id: "g42" } });
    render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} defaults={{ ...emptyGroupDefaults, place: PLACE }} />);
    await userEvent.type(screen.getByLabelText("Navn"), "Ensomme ældre");
    await userEvent.selectOptions(screen.getByLabelText("Emne"), "Ensomhed");
    await userEvent.type(screen.getByLabelText("Beskrivelse"), "En gruppe for ældre, der savner nogen at tale med.");
    await userEvent.selectOptions(screen.getByLabelText(/Ugedag/), "Onsdag");
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/admin/grupper/g42"));
    // The form's own fields, checked in the browser; the server parses them once more.
    expect(createGroup.mock.calls[0][0]).toMatchObject({
      name: "Ensomme ældre",
      topic: "LONELINESS",
      weekday: "3",
      capacity: "8",
      durationMinutes: "120",
      startTime: "",
    });
  });

  it("sends the group's id with the fields when editing", async () => {
    updateGroup.mockReset().mockResolvedValue({ ok: true, data: undefined });
    push.mockReset();
    render(
      <AdminGroupForm
        topicOptions={topicOptions(seededTopics)}
        groupId="g7"
        defaults={{
          ...emptyGroupDefaults,
          place: PLACE,
          name: "Sorg tirsdag",
          topic: "GRIEF",
          description: "En gruppe for voksne, der har mistet en nærtstående.",
        }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Gem ændringer" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/admin/grupper/g7"));
    expect(updateGroup).toHaveBeenCalledWith(expect.objectContaining({ groupId: "g7", name: "Sorg tirsdag", capacity: "8" }));
  });
});
