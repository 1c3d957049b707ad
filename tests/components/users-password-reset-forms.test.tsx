import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RESET_REQUESTED_MESSAGE } from "@/lib/users/schema";

const acceptInvite = vi.fn();
const resetPassword = vi.fn();
vi.mock("@/lib/users/actions", () => ({
  acceptInvite: (...args: unknown[]) => acceptInvite(...args),
  resetPassword: (...args: unknown[]) => resetPassword(...args),
}));
vi.mock("@/app/login/actions", () => ({ signInWithPassword: vi.fn() }));

const { ForgotPasswordForm } = await import("@/components/users/forgot-password-form");
const { SetPasswordForm } = await import("@/components/users/set-password-form");

describe("ForgotPasswordForm", () => {
  it("checks the address in the browser, focusing the field, without calling the server", async () => {
    const action = vi.fn();
    render(<ForgotPasswordForm action={action} />);
    await userEvent.type(screen.getByLabelText("Email"), "ikke-en-adresse");
    await userEvent.click(screen.getByRole("button", { name: "Send link" }));
    expect(await screen.findByText("Skriv en gyldig emailadresse, fx navn@eksempel.dk.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it("shows the one answer after sending, with focus on it, and posts only the address and the empty honeypot", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<ForgotPasswordForm action={action} />);
    await userEvent.type(screen.getByLabelText("Email"), "karen@example.dk");
    await userEvent.click(screen.getByRole("button", { name: "Send link" }));
    const answer = await screen.findByRole("status");
    expect(answer).toHaveTextContent(RESET_REQUESTED_MESSAGE);
    expect(answer.parentElement).toHaveFocus();
    expect(Object.fromEntries(action.mock.calls[0][1] as FormData)).toEqual({ email: "karen@example.dk", website: "" });
    expect(screen.getByRole("link", { name: "Tilbage til log ind" })).toHaveAttribute("href", "/login");
  });
});

describe("SetPasswordForm", () => {
  const TOKEN = "et-token-der-er-langt-nok-1234";

  it("becomes the sign-in form with the address filled in once the password is saved", async () => {
    resetPassword.mockResolvedValue({ ok: true, data: { email: "karen@example.dk" } });
    render(<SetPasswordForm token={TOKEN} kind="reset" heading="Vælg en ny adgangskode" intro={<p>Hej Karen.</p>} />);
    await userEvent.type(screen.getByLabelText("Vælg adgangskode"), "en-lang-ny-kode-1");
    await userEvent.type(screen.getByLabelText("Gentag adgangskode"), "en-lang-ny-kode-1");
    await userEvent.click(screen.getByRole("button", { name: "Gem adgangskode" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Log ind" })).toBeInTheDocument();
    expect(resetPassword).toHaveBeenCalledWith({ token: TOKEN, newPassword: "en-lang-ny-kode-1", confirmPassword: "en-lang-ny-kode-1" });
    expect(acceptInvite).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Din adgangskode er gemt");
    expect(screen.getByLabelText("Email")).toHaveValue("karen@example.dk");
    expect(screen.getByLabelText("Adgangskode")).toHaveFocus();
    expect(window.location.pathname).toBe("/login");
  });

  it("shows a used or expired link's message and stays on the form", async () => {
    acceptInvite.mockResolvedValue({ ok: false, code: "USED", message: "Linket er allerede brugt." });
    render(<SetPasswordForm token={TOKEN} kind="invite" heading="Vælg din adgangskode" intro={<p>Velkommen.</p>} />);
    await userEvent.type(screen.getByLabelText("Vælg adgangskode"), "en-lang-ny-kode-1");
    await userEvent.type(screen.getByLabelText("Gentag adgangskode"), "en-lang-ny-kode-1");
    await userEvent.click(screen.getByRole("button", { name: "Gem adgangskode" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Linket er allerede brugt.");
    expect(screen.getByRole("heading", { level: 1, name: "Vælg din adgangskode" })).toBeInTheDocument();
  });
});
