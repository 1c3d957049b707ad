import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const signInWithPassword = vi.fn();
vi.mock("@/app/login/actions", () => ({ signInWithPassword: (...args: unknown[]) => signInWithPassword(...args) }));

const { LoginForm } = await import("@/components/users/login-form");

describe("LoginForm", () => {
  beforeEach(() => signInWithPassword.mockReset());

  it("shows field errors and focuses the first invalid field without calling the server", async () => {
    render(<LoginForm />);
    await userEvent.click(screen.getByRole("button", { name: "Log ind" }));
    expect(await screen.findByText("Skriv en emailadresse.")).toBeInTheDocument();
    expect(screen.getByText("Skriv din adgangskode.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-describedby", "felt-email-error");
    expect(signInWithPassword).not.toHaveBeenCalled();
  });

  it.each([["Forkert email eller adgangskode."], ["For mange forsøg. Prøv igen om 15 minutter."]])(
    "shows the server's Danish message %s and keeps the email",
    async (message) => {
      signInWithPassword.mockResolvedValue({ error: message });
      render(<LoginForm callbackUrl="/admin/grupper" />);
      await userEvent.type(screen.getByLabelText("Email"), "a@example.dk");
      await userEvent.type(screen.getByLabelText("Adgangskode"), "kode");
      await userEvent.keyboard("{Enter}");
      expect(await screen.findByRole("alert")).toHaveTextContent(message);
      const form = signInWithPassword.mock.calls[0][1] as FormData;
      expect(Object.fromEntries(form)).toEqual({ email: "a@example.dk", password: "kode", callbackUrl: "/admin/grupper" });
      expect(screen.getByLabelText("Email")).toHaveValue("a@example.dk");
    },
  );

  it("has named fields, so a post without JavaScript carries them in its body", () => {
    const { container } = render(<LoginForm />);
    expect(screen.getByLabelText("Email")).toHaveAttribute("name", "email");
    expect(screen.getByLabelText("Adgangskode")).toHaveAttribute("name", "password");
    expect(container.querySelector("form")?.getAttribute("method")?.toLowerCase() ?? "").not.toBe("get");
  });
});
