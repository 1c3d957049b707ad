import { describe, expect, it, vi, beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const actions = vi.hoisted(() => ({
  sendRenewalRemindersAction: vi.fn(),
  waiveMembershipAction: vi.fn(),
  createMembershipPeriodAction: vi.fn(),
  recordIntakeAction: vi.fn(),
}));
vi.mock("@/lib/members/actions", () => actions);
vi.mock("@/lib/applications/actions", () => ({ recordIntakeAction: actions.recordIntakeAction }));

import { RemindersButton } from "@/components/members/reminders-button";
import { MembershipButtons } from "@/components/members/membership-buttons";
import { IntakeForm } from "@/components/applications/intake-form";

beforeEach(() => vi.clearAllMocks());

describe("renewal reminders button", () => {
  it("reports how many reminders were sent, and when there were none", async () => {
    const user = userEvent.setup();
    actions.sendRenewalRemindersAction.mockResolvedValueOnce({ ok: true, data: { sent: 3 } }).mockResolvedValueOnce({ ok: true, data: { sent: 0 } });
    render(<RemindersButton />);
    await user.click(screen.getByRole("button", { name: "Send påmindelser" }));
    expect(await screen.findByRole("status")).toHaveTextContent("3 påmindelser sendt.");
    await user.click(screen.getByRole("button", { name: "Send påmindelser" }));
    expect(await screen.findByText("Der var ingen nye påmindelser at sende.")).toBeInTheDocument();
  });
});

describe("membership buttons", () => {
  it("shows the server's refusal of a second pending period", async () => {
    const user = userEvent.setup();
    actions.createMembershipPeriodAction.mockResolvedValueOnce({ ok: false, message: "Der findes allerede en periode, som afventer betaling." });
    render(<MembershipButtons memberId="m1" />);
    await user.click(screen.getByRole("button", { name: "Opret ny periode (fornyelse)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("allerede en periode");
    expect(actions.createMembershipPeriodAction).toHaveBeenCalledWith({ memberId: "m1" });
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("intake form", () => {
  const users = [
    { id: "u1", name: "Anne Admin" },
    { id: "u2", name: "Bo Koordinator" },
  ];
  it("defaults to today and the signed-in coordinator, and sends the raw values", async () => {
    const user = userEvent.setup();
    actions.recordIntakeAction.mockResolvedValueOnce({ ok: true });
    render(<IntakeForm applicationId="a1" today="2026-11-20" currentUserId="u2" users={users} />);
    expect(screen.getByLabelText(/Dato for forsamtalen/)).toHaveValue("2026-11-20");
    expect(screen.getByLabelText(/Holdt af/)).toHaveValue("u2");
    await user.click(screen.getByRole("button", { name: "Registrér forsamtale" }));
    expect(actions.recordIntakeAction).toHaveBeenCalledWith({ applicationId: "a1", heldOn: "2026-11-20", byUserId: "u2" });
    expect(refresh).toHaveBeenCalled();
  });

  it("refuses an empty date on the client with a Danish message", async () => {
    const user = userEvent.setup();
    render(<IntakeForm applicationId="a1" today="2026-11-20" currentUserId="u1" users={users} />);
    await user.clear(screen.getByLabelText(/Dato for forsamtalen/));
    await user.click(screen.getByRole("button", { name: "Registrér forsamtale" }));
    expect(await screen.findByText("Skriv datoen for forsamtalen.")).toBeInTheDocument();
    expect(actions.recordIntakeAction).not.toHaveBeenCalled();
  });
});
