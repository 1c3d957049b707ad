import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const assignFacilitator = vi.fn();
vi.mock("@/lib/facilitators/actions", () => ({ assignFacilitator: (...a: unknown[]) => assignFacilitator(...a) }));

const { AssignFacilitatorForm } = await import("@/components/facilitators/assign-facilitator-form");

const facilitators = [
  { id: "f1", name: "Anna Andersen", load: 0 },
  { id: "f2", name: "Bo Bech", load: 2 },
];

describe("the assign facilitator form", () => {
  beforeEach(() => assignFacilitator.mockReset());

  it("asks for a facilitator in the browser before calling the server", async () => {
    render(<AssignFacilitatorForm groupId="g1" facilitators={facilitators} full={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Tildel" }));
    expect(await screen.findByText("Vælg en igangsætter.")).toBeInTheDocument();
    expect(screen.getByLabelText("Tildel igangsætter")).toHaveFocus();
    expect(assignFacilitator).not.toHaveBeenCalled();
  });

  it("puts a refusal by the rules on the field and focuses it", async () => {
    assignFacilitator.mockResolvedValue({
      ok: false,
      message: "Bo har allerede to grupper.",
      fieldErrors: { facilitatorId: ["Bo har allerede to grupper."] },
    });
    render(<AssignFacilitatorForm groupId="g1" facilitators={facilitators} full={false} />);
    await userEvent.selectOptions(screen.getByLabelText("Tildel igangsætter"), "Bo Bech (2 grupper)");
    await userEvent.click(screen.getByRole("button", { name: "Tildel" }));
    expect(await screen.findByText("Bo har allerede to grupper.")).toBeInTheDocument();
    expect(screen.getByLabelText("Tildel igangsætter")).toHaveFocus();
    expect(assignFacilitator).toHaveBeenCalledWith({ groupId: "g1", facilitatorId: "f2" });
  });

  it("confirms the assignment with its warning and clears the choice", async () => {
    assignFacilitator.mockResolvedValue({ ok: true, data: { warning: "Anna har nu mange grupper." } });
    render(<AssignFacilitatorForm groupId="g1" facilitators={facilitators} full={false} />);
    await userEvent.selectOptions(screen.getByLabelText("Tildel igangsætter"), "Anna Andersen (0 grupper)");
    await userEvent.click(screen.getByRole("button", { name: "Tildel" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Igangsætteren er tildelt. Bemærk: Anna har nu mange grupper.");
    expect(screen.getByLabelText("Tildel igangsætter")).toHaveValue("");
  });
});
