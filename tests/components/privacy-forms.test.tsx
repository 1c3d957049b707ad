import { describe, expect, it, vi, beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const actions = vi.hoisted(() => ({ eraseMemberAction: vi.fn(), withdrawConsentAction: vi.fn(), purgeExpiredRecordsAction: vi.fn() }));
vi.mock("@/lib/privacy/actions", () => actions);

import { AdminEraseMemberForm } from "@/components/privacy/admin-erase-member-form";
import { AdminPurgeButton } from "@/components/privacy/admin-purge-button";
import { AdminWithdrawConsentButton } from "@/components/privacy/admin-withdraw-consent-button";

beforeEach(() => vi.clearAllMocks());

describe("erase member form", () => {
  it("asks for the name before calling the server, and shows the server's refusal at the field, focused", async () => {
    const user = userEvent.setup();
    render(<AdminEraseMemberForm memberId="m1" memberName="Karen Jensen" />);
    const field = screen.getByLabelText("Skriv medlemmets navn (Karen Jensen) for at bekræfte");
    await user.click(screen.getByRole("button", { name: "Slet medlemmet for altid" }));
    expect(await screen.findByText("Skriv medlemmets navn for at bekræfte.")).toBeInTheDocument();
    expect(actions.eraseMemberAction).not.toHaveBeenCalled();

    actions.eraseMemberAction.mockResolvedValueOnce({ ok: false, message: "Ret felterne.", fieldErrors: { confirmName: ["Navnet passer ikke."] } });
    await user.type(field, "Karen");
    await user.click(screen.getByRole("button", { name: "Slet medlemmet for altid" }));
    expect(await screen.findByText("Navnet passer ikke.")).toBeInTheDocument();
    expect(actions.eraseMemberAction).toHaveBeenCalledWith({ memberId: "m1", confirmName: "Karen" });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Navnet passer ikke.");
    expect(field).toHaveFocus();
  });
});

describe("withdraw consent button", () => {
  it("needs the confirming tick, then calls the server and refreshes", async () => {
    const user = userEvent.setup();
    actions.withdrawConsentAction.mockResolvedValueOnce({ ok: true });
    render(<AdminWithdrawConsentButton applicationId="a1" />);
    await user.click(screen.getByRole("button", { name: "Træk samtykket tilbage" }));
    const box = screen.getByRole("checkbox", { name: "Ansøgeren har bedt om at trække sit samtykke tilbage" });
    expect(box).toHaveFocus();
    expect(box).toHaveAccessibleDescription(/Sæt kryds/);
    expect(actions.withdrawConsentAction).not.toHaveBeenCalled();
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Træk samtykket tilbage" }));
    expect(await screen.findByRole("status")).toHaveTextContent("trukket tilbage");
    expect(actions.withdrawConsentAction).toHaveBeenCalledWith({ applicationId: "a1" });
    expect(refresh).toHaveBeenCalled();
  });
});

describe("purge button", () => {
  it("reports the counts; is disabled when nothing is due", async () => {
    const user = userEvent.setup();
    actions.purgeExpiredRecordsAction.mockResolvedValueOnce({ ok: true, data: { applications: 2, interest: 1, outbox: 3 } });
    const { rerender } = render(<AdminPurgeButton due={3} />);
    await user.click(screen.getByRole("button", { name: "Slet dem nu" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Slettet: 2 ansøgninger, 1 på interesselisten og 3 mails i udbakken.");
    rerender(<AdminPurgeButton due={0} />);
    expect(screen.getByRole("button", { name: "Slet dem nu" })).toBeDisabled();
  });
});
