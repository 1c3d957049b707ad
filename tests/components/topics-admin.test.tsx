import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const actions = { createTopic: vi.fn(), updateTopic: vi.fn(), moveTopic: vi.fn(), retireTopic: vi.fn(), restoreTopic: vi.fn() };
vi.mock("@/lib/topics/actions", () => ({
  createTopic: (...a: unknown[]) => actions.createTopic(...a),
  updateTopic: (...a: unknown[]) => actions.updateTopic(...a),
  moveTopic: (...a: unknown[]) => actions.moveTopic(...a),
  retireTopic: (...a: unknown[]) => actions.retireTopic(...a),
  restoreTopic: (...a: unknown[]) => actions.restoreTopic(...a),
}));
const { TopicCreateForm } = await import("@/components/topics/topic-create-form");
const { TopicRowActions } = await import("@/components/topics/topic-row-actions");

beforeEach(() => Object.values(actions).forEach((a) => a.mockReset()));

describe("the new-topic form", () => {
  it("shows Danish messages on the fields, focuses the first, and calls nothing", async () => {
    render(<TopicCreateForm />);
    await userEvent.click(screen.getByRole("button", { name: "Opret emne" }));
    expect(await screen.findByText("Skriv emnets navn (mindst 2 tegn).")).toBeInTheDocument();
    expect(screen.getByLabelText("Navn")).toHaveFocus();
    expect(screen.getByLabelText("Kort beskrivelse")).toHaveAccessibleDescription(/mindst 10 tegn/);
    expect(actions.createTopic).not.toHaveBeenCalled();
  });

  it("puts the server's refusal on its field", async () => {
    actions.createTopic.mockResolvedValue({
      ok: false,
      code: "DUPLICATE_SLUG",
      message: "Nogle felter skal rettes.",
      fieldErrors: { slug: ["Et andet emne har allerede den adresse. Vælg en anden."] },
    });
    render(<TopicCreateForm />);
    await userEvent.type(screen.getByLabelText("Navn"), "Sorg igen");
    await userEvent.type(screen.getByLabelText(/Adresse i kataloget/), "sorg");
    await userEvent.type(screen.getByLabelText("Kort beskrivelse"), "For dig, der har mistet.");
    await userEvent.click(screen.getByRole("button", { name: "Opret emne" }));
    expect(await screen.findByText("Et andet emne har allerede den adresse. Vælg en anden.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse i kataloget/)).toHaveFocus();
    expect(actions.createTopic).toHaveBeenCalledWith({ label: "Sorg igen", slug: "sorg", description: "For dig, der har mistet." });
  });

  it("says where the new topic is found, and empties the form", async () => {
    actions.createTopic.mockResolvedValue({ ok: true, data: { key: "k1", slug: "angst" } });
    render(<TopicCreateForm />);
    await userEvent.type(screen.getByLabelText("Navn"), "Angst");
    await userEvent.type(screen.getByLabelText("Kort beskrivelse"), "For dig, der lever med angst.");
    await userEvent.click(screen.getByRole("button", { name: "Opret emne" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Emnet Angst er oprettet");
    expect(screen.getByLabelText("Navn")).toHaveValue("");
  });
});

describe("a topic's order buttons", () => {
  it("work from the keyboard, keep focus on the moved topic and announce the move", async () => {
    actions.moveTopic.mockResolvedValue({ ok: true, data: undefined });
    const row = (position: number) => <TopicRowActions topicKey="k1" label="Angst" position={position} count={3} retired={false} />;
    const { rerender } = render(row(2));
    const up = screen.getByRole("button", { name: /^Flyt op/ });
    up.focus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("status")).toHaveTextContent("Angst er flyttet op.");
    expect(actions.moveTopic).toHaveBeenCalledWith({ topicKey: "k1", direction: "up" });
    // The page comes back with the row first: "Flyt op" is disabled there, so focus goes to "Flyt ned".
    rerender(row(1));
    expect(screen.getByRole("button", { name: /^Flyt op/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: /^Flyt ned/ })).toHaveFocus();
  });

  it("asks before retiring, and shows a refusal", async () => {
    actions.retireTopic.mockResolvedValue({ ok: false, code: "LAST_ACTIVE", message: "Der skal være mindst ét emne i brug." });
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<TopicRowActions topicKey="k1" label="Angst" position={1} count={1} retired={false} />);
    await userEvent.click(screen.getByRole("button", { name: /^Sæt som udgået/ }));
    expect(actions.retireTopic).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: /^Sæt som udgået/ }));
    expect(await screen.findByRole("status")).toHaveTextContent("Der skal være mindst ét emne i brug.");
    expect(confirm.mock.calls[0][0]).toMatch(/Grupper med emnet beholder det/);
    confirm.mockRestore();
  });

  it("offers a retired topic back", async () => {
    actions.restoreTopic.mockResolvedValue({ ok: true, data: undefined });
    render(<TopicRowActions topicKey="k1" label="Angst" position={1} count={2} retired />);
    await userEvent.click(screen.getByRole("button", { name: /^Tag i brug igen/ }));
    expect(await screen.findByRole("status")).toHaveTextContent("Angst er i brug igen.");
  });
});

describe("the order buttons' accessible names", () => {
  it("name the topic they move (hidden text for screen readers)", () => {
    render(<TopicRowActions topicKey="k1" label="Angst" position={2} count={3} retired={false} />);
    for (const text of ["Flyt op", "Flyt ned", "Sæt som udgået"]) {
      expect(screen.getByRole("button", { name: new RegExp(`^${text}`) }).textContent).toBe(`${text} Angst`);
    }
  });
});
