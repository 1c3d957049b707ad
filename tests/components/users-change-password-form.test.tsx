import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

const changeOwnPassword = vi.fn();
vi.mock("@/lib/users/actions", () => ({ changeOwnPassword: (...args: unknown[]) => changeOwnPassword(...args) }));

const { ChangePasswordForm } = await import("@/components/users/change-password-form");

async function fill(current: string, next: string, confirm: string) {
  await userEvent.type(screen.getByLabelText("Nuværende adgangskode"), current);
  await userEvent.type(screen.getByLabelText("Ny adgangskode"), next);
  await userEvent.type(screen.getByLabelText("Gentag ny adgangskode"), confirm);
  await userEvent.click(screen.getByRole("button", { name: "Skift adgangskode" }));
}

describe("ChangePasswordForm", () => {
  it("checks length and confirmation in the browser", async () => {
    render(<ChangePasswordForm />);
    await fill("gammel", "kort", "andet");
    expect(await screen.findByText("Adgangskoden skal være mindst 12 tegn.")).toBeInTheDocument();
    expect(changeOwnPassword).not.toHaveBeenCalled();
  });

  it("puts the server's field error on the current password and focuses it", async () => {
    changeOwnPassword.mockResolvedValue({
      ok: false,
      message: "Ret felterne",
      fieldErrors: { currentPassword: ["Den nuværende adgangskode er forkert."] },
    });
    render(<ChangePasswordForm />);
    await fill("forkert", "en-lang-ny-kode-1", "en-lang-ny-kode-1");
    expect(await screen.findByText("Den nuværende adgangskode er forkert.")).toBeInTheDocument();
    expect(screen.getByLabelText("Nuværende adgangskode")).toHaveFocus();
  });

  it("confirms success and clears the fields", async () => {
    changeOwnPassword.mockResolvedValue({ ok: true });
    render(<ChangePasswordForm />);
    await fill("rigtig-kode", "en-lang-ny-kode-1", "en-lang-ny-kode-1");
    expect(await screen.findByRole("status")).toHaveTextContent("Din adgangskode er skiftet.");
    expect(screen.getByLabelText("Ny adgangskode")).toHaveValue("");
  });
});
