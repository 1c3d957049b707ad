import { describe, expect, it, vi } from "vitest";
import { loginErrorMessage, loginInput, safeCallbackPath } from "@/lib/auth/schema";
import { changePasswordInput, inviteUserInput } from "@/lib/users/schema";

const origin = "https://selvhjaelp.example";

describe("safeCallbackPath", () => {
  it.each([
    ["/admin/grupper?fase=opstart", "/admin/grupper?fase=opstart"],
    [`${origin}/admin/log?side=2`, "/admin/log?side=2"],
    [undefined, "/admin"],
    ["", "/admin"],
    ["https://evil.example/admin", "/admin"],
    ["//evil.example/admin", "/admin"],
    ["/\\evil.example", "/admin"],
    ["javascript:alert(1)", "/admin"],
    ["admin", "/admin"],
    ["/login?callbackUrl=/admin", "/admin"],
    // Checked after normalising: "/.//evil.invalid" is the path "//evil.invalid", another host to a browser.
    ["/.//evil.invalid", "/admin"],
    ["/./admin/../admin/grupper", "/admin/grupper"],
    ["/%2E//evil.invalid", "/admin"],
    ["/\\evil.invalid", "/admin"],
    ["http://localhost:3000.evil.example", "/admin"],
    [`${origin}.evil.example/admin`, "/admin"],
  ])("%s → %s", (raw, expected) => {
    expect(safeCallbackPath(raw, origin)).toBe(expected);
  });
});

describe("safeCallbackPath for next-auth's redirects", () => {
  it("keeps the login page when asked (after sign-out), still refusing other hosts", () => {
    expect(safeCallbackPath("/login", origin, { allowLogin: true })).toBe("/login");
    expect(safeCallbackPath("/.//evil.invalid", origin, { allowLogin: true })).toBe("/admin");
  });
});

describe("login messages and input", () => {
  it("maps next-auth error codes to Danish", () => {
    expect(loginErrorMessage("Throttled")).toBe("For mange forsøg. Prøv igen om 15 minutter.");
    expect(loginErrorMessage("CredentialsSignin")).toBe("Forkert email eller adgangskode.");
    expect(loginErrorMessage("Configuration")).toMatch(/Noget gik galt/);
    expect(loginErrorMessage(null)).toBeNull();
  });

  it("normalises the email and requires both fields", () => {
    expect(loginInput.parse({ email: " A@B.dk ", password: "x" }).email).toBe("a@b.dk");
    expect(loginInput.safeParse({ email: "", password: "" }).success).toBe(false);
  });

  it("requires a 12-character new password, confirmed", () => {
    expect(changePasswordInput.safeParse({ currentPassword: "a", newPassword: "123456789012", confirmPassword: "123456789012" }).success).toBe(true);
    expect(changePasswordInput.safeParse({ currentPassword: "a", newPassword: "12345678901", confirmPassword: "12345678901" }).success).toBe(false);
  });
});

describe("inviting a user", () => {
  const valid = { name: "Frida", email: " Frida@Example.DK ", role: "FACILITATOR", courseCompletedAt: "" };

  it("trims and lower-cases the email and treats an empty course date as none", () => {
    expect(inviteUserInput.parse(valid)).toEqual({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR", courseCompletedAt: null });
  });

  it("judges 'not in the future' when the form is parsed, not when the schema was built", () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date("2026-03-01T12:00:00Z"));
      expect(inviteUserInput.safeParse({ ...valid, courseCompletedAt: "2026-03-02" }).success).toBe(false);
      vi.setSystemTime(new Date("2026-03-03T12:00:00Z"));
      expect(inviteUserInput.parse({ ...valid, courseCompletedAt: "2026-03-02" }).courseCompletedAt).toEqual(new Date("2026-03-02T00:00:00Z"));
    } finally {
      vi.useRealTimers();
    }
  });

  it("bounds the name and refuses invisible characters in it", () => {
    expect(inviteUserInput.safeParse({ ...valid, name: "x".repeat(101) }).success).toBe(false);
    expect(inviteUserInput.safeParse({ ...valid, name: "Fri\u200Bda" }).success).toBe(false);
  });
});
