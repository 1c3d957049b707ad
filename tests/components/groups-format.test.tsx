import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

// The group form's format switch: each format asks for what it needs (a venue, a meeting point, a
// link), and sends only that.
const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
const createGroup = vi.fn();
vi.mock("@/lib/groups/actions", () => ({ createGroup: (...a: unknown[]) => createGroup(...a), updateGroup: vi.fn() }));
const { AdminGroupForm, emptyGroupDefaults } = await import("@/components/groups/admin-group-form");
const { topicOptions } = await import("@/lib/topics/topics");
const { seededTopics } = await import("../helpers/seeded-topics");

const venues = [
  { value: "v1", label: "Selvhjælp Herning" },
  { value: "v2", label: "Fuglsang Sø" },
];
const valid = { ...emptyGroupDefaults, name: "Sorg online", topic: "GRIEF", description: "En gruppe for voksne, der har mistet en nærtstående." };

function renderForm(defaults = valid) {
  return render(<AdminGroupForm topicOptions={topicOptions(seededTopics)} venueOptions={venues} defaults={defaults} />);
}

describe("the group form's format", () => {
  it("asks for a venue in person, a meeting point (and optionally a venue) outdoors, and a link online", async () => {
    renderForm();
    const group = screen.getByRole("group", { name: "Hvordan mødes gruppen?" });
    expect(screen.getByRole("radio", { name: "I person" })).toBeChecked();
    expect(group).toContainElement(screen.getByRole("combobox", { name: "Sted" }));
    expect(screen.queryByLabelText(/Link til onlinemøderne/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("radio", { name: "Udendørs" }));
    expect(screen.getByLabelText("Mødested udendørs")).toBeRequired();
    expect(screen.getByRole("combobox", { name: /Nærmeste sted/ })).not.toBeRequired();

    await userEvent.click(screen.getByRole("radio", { name: "Online" }));
    expect(screen.queryByRole("combobox", { name: /sted/i })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Mødested udendørs")).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Link til onlinemøderne/)).toHaveAccessibleDescription(/aldrig offentligt/);
  });

  it("refuses each format without what it needs, in Danish, and calls nothing", async () => {
    createGroup.mockReset();
    renderForm();
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText("Vælg hvor gruppen mødes.")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("radio", { name: "Online" }));
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText("Skriv linket til onlinemødet.")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Link til onlinemøderne/), "http://ikke-sikker.example");
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText(/begynder med https:\/\//)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("radio", { name: "Udendørs" }));
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    expect(await screen.findByText(/Skriv hvor gruppen mødes udendørs/)).toBeInTheDocument();
    expect(createGroup).not.toHaveBeenCalled();
  });

  it("sends an online group with its link", async () => {
    createGroup.mockReset().mockResolvedValue({ ok: true, data: { id: "g9" } });
    renderForm();
    await userEvent.click(screen.getByRole("radio", { name: "Online" }));
    await userEvent.type(screen.getByLabelText(/Link til onlinemøderne/), "https://moede.example/sorg");
    await userEvent.click(screen.getByRole("button", { name: "Opret gruppe" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/admin/grupper/g9"));
    expect(createGroup.mock.calls[0][0]).toMatchObject({ format: "ONLINE", onlineUrl: "https://moede.example/sorg" });
  });
});
