import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The shared submit plumbing (components/forms/use-action-form.ts), seen through two admin forms.
const updateFacilitator = vi.fn();
const inviteUser = vi.fn();
vi.mock("@/lib/facilitators/actions", () => ({ updateFacilitator: (...a: unknown[]) => updateFacilitator(...a) }));
vi.mock("@/lib/users/actions", () => ({ inviteUser: (...a: unknown[]) => inviteUser(...a) }));

const { FacilitatorForm } = await import("@/components/facilitators/facilitator-form");
const { InviteUserForm } = await import("@/components/users/invite-user-form");

const defaults = { courseCompletedAt: "2026-01-10", active: true, phone: "" };

describe("an admin form on the shared action hook", () => {
  beforeEach(() => {
    updateFacilitator.mockReset();
    inviteUser.mockReset();
  });

  it("calls the action with the facilitator's id and the form's fields, and shows the success text", async () => {
    updateFacilitator.mockResolvedValue({ ok: true });
    render(<FacilitatorForm facilitatorId="f1" defaults={defaults} />);
    await userEvent.type(screen.getByLabelText(/Telefon/), "12 34 56 78");
    await userEvent.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Oplysningerne er gemt.");
    expect(updateFacilitator).toHaveBeenCalledWith({ facilitatorId: "f1", courseCompletedAt: "2026-01-10", phone: "12 34 56 78", active: true });
  });

  it("puts server field errors on their field and focuses it, without a form alert", async () => {
    updateFacilitator.mockResolvedValue({ ok: false, message: "Ret felterne", fieldErrors: { phone: ["Nummeret findes allerede."] } });
    render(<FacilitatorForm facilitatorId="f1" defaults={defaults} />);
    await userEvent.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText("Nummeret findes allerede.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Telefon/)).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a refusal without field errors as a focused alert", async () => {
    updateFacilitator.mockResolvedValue({ ok: false, message: "Igangsætteren findes ikke længere." });
    render(<FacilitatorForm facilitatorId="f1" defaults={defaults} />);
    await userEvent.click(screen.getByRole("button", { name: "Gem" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Igangsætteren findes ikke længere.");
    expect(alert).toHaveFocus();
  });

  it("shows the generic message when the action throws", async () => {
    updateFacilitator.mockRejectedValue(new Error("network"));
    render(<FacilitatorForm facilitatorId="f1" defaults={defaults} />);
    await userEvent.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Noget gik galt hos os.");
  });

  it("does not call the action when the browser finds errors", async () => {
    render(<InviteUserForm />);
    await userEvent.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findAllByText(/Skriv/)).not.toHaveLength(0);
    expect(inviteUser).not.toHaveBeenCalled();
  });

  it("resets the invitation form and names the address on success", async () => {
    inviteUser.mockResolvedValue({ ok: true, data: { link: null } });
    render(<InviteUserForm />);
    await userEvent.type(screen.getByLabelText("Navn"), "Ida Holm");
    await userEvent.type(screen.getByLabelText("Email"), "ida@example.dk");
    await userEvent.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Invitationen er sendt til ida@example.dk.");
    expect(screen.getByLabelText("Navn")).toHaveValue("");
    expect(inviteUser).toHaveBeenCalledWith(expect.objectContaining({ name: "Ida Holm", email: "ida@example.dk", role: "FACILITATOR" }));
  });
});
