import { describe, expect, it, vi, beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const actions = vi.hoisted(() => ({
  acceptApplicationAction: vi.fn(),
  declineApplicationAction: vi.fn(),
  waitlistApplicationAction: vi.fn(),
  withdrawApplicationAction: vi.fn(),
  recordPaymentAction: vi.fn(),
}));
vi.mock("@/lib/applications/actions", () => actions);
vi.mock("@/lib/members/actions", () => ({ recordPaymentAction: actions.recordPaymentAction }));

import { DecisionPanel } from "@/components/applications/decision-panel";

const props = { applicationId: "app1", memberId: "mem1", canWaitlist: true, feeKroner: "100", today: "2026-11-26" };

beforeEach(() => {
  vi.clearAllMocks();
});

describe("the decision panel", () => {
  it("offers to record the payment when accepting is refused for an unpaid membership, then lets the coordinator accept", async () => {
    const user = userEvent.setup();
    actions.acceptApplicationAction.mockResolvedValueOnce({
      ok: false,
      code: "MEMBERSHIP_UNPAID",
      message: "Medlemskabet er hverken betalt eller fritaget.",
    });
    actions.recordPaymentAction.mockResolvedValueOnce({ ok: true });
    render(<DecisionPanel {...props} />);

    await user.click(screen.getByRole("button", { name: "Optag i gruppen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("hverken betalt");
    expect(screen.getByLabelText("Beløb i kroner")).toHaveValue("100");

    await user.click(screen.getByRole("button", { name: "Registrér betaling" }));
    expect(await screen.findByText("Vælg hvordan der er betalt.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Betalt med/)).toHaveFocus();
    expect(actions.recordPaymentAction).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByLabelText(/Betalt med/), "BANK_TRANSFER");
    await user.click(screen.getByRole("button", { name: "Registrér betaling" }));
    expect(actions.recordPaymentAction).toHaveBeenCalledWith({
      memberId: "mem1",
      amount: "100",
      method: "BANK_TRANSFER",
      reference: "",
      paidOn: "2026-11-26",
    });
    expect(await screen.findByText("Betalingen er registreret. Nu kan du optage ansøgeren.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Registrér betalingen her" })).not.toBeInTheDocument();
  });

  it("shows a full group's refusal without a payment form", async () => {
    const user = userEvent.setup();
    actions.acceptApplicationAction.mockResolvedValueOnce({
      ok: false,
      code: "GROUP_FULL",
      message: "Gruppen er fuld. Der er ingen ledige pladser.",
    });
    render(<DecisionPanel {...props} />);
    await user.click(screen.getByRole("button", { name: "Optag i gruppen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Gruppen er fuld");
    expect(screen.queryByLabelText("Beløb i kroner")).not.toBeInTheDocument();
  });

  it("needs a reason from the list before declining", async () => {
    const user = userEvent.setup();
    actions.declineApplicationAction.mockResolvedValueOnce({ ok: true });
    render(<DecisionPanel {...props} />);
    await user.click(screen.getByRole("button", { name: "Afslå ansøgningen" }));
    expect(await screen.findByText("Vælg en begrundelse fra listen.")).toBeInTheDocument();
    expect(actions.declineApplicationAction).not.toHaveBeenCalled();
    const select = screen.getByLabelText(/Begrundelse for afslag/);
    expect(select).toHaveAttribute("aria-invalid", "true");
    await user.selectOptions(select, "NO_CONTACT");
    await user.click(screen.getByRole("button", { name: "Afslå ansøgningen" }));
    expect(actions.declineApplicationAction).toHaveBeenCalledWith({ applicationId: "app1", reason: "NO_CONTACT", closeMembership: false });
    expect(refresh).toHaveBeenCalled();
  });

  it("puts the server's field errors back on the payment form and focuses the field", async () => {
    const user = userEvent.setup();
    actions.acceptApplicationAction.mockResolvedValueOnce({ ok: false, code: "MEMBERSHIP_UNPAID", message: "Ikke betalt." });
    actions.recordPaymentAction.mockResolvedValueOnce({
      ok: false,
      message: "Nogle felter skal rettes.",
      fieldErrors: { reference: ["Referencen er afvist."] },
    });
    render(<DecisionPanel {...props} />);
    await user.click(screen.getByRole("button", { name: "Optag i gruppen" }));
    await user.selectOptions(await screen.findByLabelText(/Betalt med/), "CASH");
    await user.click(screen.getByRole("button", { name: "Registrér betaling" }));
    expect(await screen.findByText("Referencen er afvist.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Reference/)).toHaveAttribute("aria-describedby", expect.stringContaining("error"));
    expect(screen.getByLabelText(/Reference/)).toHaveFocus();
  });

  it("offers to close the membership awaiting payment, ticked when suggested, and sends the choice with the decline", async () => {
    const user = userEvent.setup();
    actions.declineApplicationAction.mockResolvedValue({ ok: true });
    const { unmount } = render(<DecisionPanel {...props} pendingMembership="SUGGEST" />);
    const box = screen.getByRole("checkbox", { name: "Luk også medlemskabet, der afventer betaling" });
    expect(box).toBeChecked();
    await user.selectOptions(screen.getByLabelText(/Begrundelse for afslag/), "NO_CONTACT");
    await user.click(screen.getByRole("button", { name: "Afslå ansøgningen" }));
    expect(actions.declineApplicationAction).toHaveBeenLastCalledWith({ applicationId: "app1", reason: "NO_CONTACT", closeMembership: true });
    unmount();

    render(<DecisionPanel {...props} pendingMembership="OFFER" />);
    expect(screen.getByRole("checkbox", { name: "Luk også medlemskabet, der afventer betaling" })).not.toBeChecked();
  });

  it("shows no such choice when nothing awaits payment", () => {
    render(<DecisionPanel {...props} />);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
