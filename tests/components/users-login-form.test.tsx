import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const signIn = vi.fn();
vi.mock("next-auth/react", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

const { LoginForm } = await import("@/components/users/login-form");

describe("LoginForm", () => {
  beforeEach(() => signIn.mockReset());

  it("shows field errors and focuses the first invalid field without calling the server", async () => {
    render(<LoginForm />);
    await userEvent.click(screen.getByRole("button", { name: "Log ind" }));
    expect(await screen.findByText("Skriv en emailadresse.")).toBeInTheDocument();
    expect(screen.getByText("Skriv din adgangskode.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-describedby", "felt-email-error");
    expect(signIn).not.toHaveBeenCalled();
  });

  it.each([
    ["CredentialsSignin", "Forkert email eller adgangskode."],
    ["Throttled", "For mange forsøg. Prøv igen om 15 minutter."],
  ])("shows the Danish message for %s", async (code, message) => {
    signIn.mockResolvedValue({ ok: false, error: code, status: 401, url: null });
    render(<LoginForm />);
    await userEvent.type(screen.getByLabelText("Email"), "a@example.dk");
    await userEvent.type(screen.getByLabelText("Adgangskode"), "kode");
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(signIn).toHaveBeenCalledWith("credentials", { redirect: false, email: "a@example.dk", password: "kode" });
  });
});
