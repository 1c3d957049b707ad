import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { MemberTable } from "@/components/members/member-table";
import { MembershipTable } from "@/components/members/membership-table";

describe("the register's tables", () => {
  it("marks a member whose submission is not confirmed instead of showing a standing", () => {
    render(
      <MemberTable
        caption="Medlemmer"
        rows={[
          { id: "a", name: "Bente Bekræftet", email: "b@example.dk", awaitsConfirmation: false, standing: "PAID", periodEnd: new Date("2027-01-01") },
          { id: "b", name: "Ulla Ubekræftet", email: "u@example.dk", awaitsConfirmation: true, standing: "NONE", periodEnd: null },
        ]}
      />,
    );
    const [, bente, ulla] = screen.getAllByRole("row");
    expect(within(bente).getByText("Betalt")).toBeInTheDocument();
    expect(within(ulla).getByText("Ikke bekræftet")).toBeInTheDocument();
    expect(within(ulla).queryByText("Intet medlemskab")).toBeNull();
  });

  it("says that a membership was closed without payment rather than that it expired", () => {
    render(
      <MembershipTable
        now={new Date("2026-12-01")}
        memberships={[
          { id: "m1", status: "EXPIRED", periodStart: null, periodEnd: null, createdAt: new Date("2026-11-01"), feeOre: 10000, payments: [] },
          {
            id: "m2",
            status: "PAID",
            periodStart: new Date("2024-01-01"),
            periodEnd: new Date("2025-01-01"),
            createdAt: new Date("2024-01-01"),
            feeOre: 10000,
            payments: [],
          },
        ]}
      />,
    );
    const [, closed, old] = screen.getAllByRole("row");
    expect(within(closed).getByText("Lukket uden betaling")).toBeInTheDocument();
    expect(within(old).getByText("Udløbet")).toBeInTheDocument();
  });
});
