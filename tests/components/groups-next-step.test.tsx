import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { NextStepChecklist } from "@/components/groups/admin-group-sections";
import type { TransitionFacts } from "@/lib/groups/rules";

const facts: TransitionFacts = {
  ageBand: "ADULTS",
  assignedFacilitators: 1,
  qualifiedFacilitators: 1,
  rhythmAgreed: false,
  groundRulesAgreed: false,
  hasContactPerson: false,
  meetingsHeld: 0,
  meetingsWithoutFacilitators: 0,
  minMeetingsBeforeWithdrawal: 6,
};

describe("the group page's checklist for the next step", () => {
  it("a planned group: what it needs to start, not the withdrawal checklist", () => {
    render(<NextStepChecklist state="PLANNED" facts={{ ...facts, qualifiedFacilitators: 0 }} />);
    expect(screen.getByText("Før gruppen kan starte:")).toBeInTheDocument();
    expect(screen.getByText(/Gruppen har 1–2 igangsættere tildelt \(1 tildelt\)/)).toBeInTheDocument();
    const items = screen.getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Klaret: Gruppen har 1–2");
    expect(items[1]).toHaveTextContent("Mangler: De tildelte igangsættere er aktive");
    expect(screen.queryByText(/spilleregler|kontaktperson|trække sig/)).toBeNull();
  });

  it("a group in start-up: the readiness check before the withdrawal", () => {
    render(<NextStepChecklist state="STARTING" facts={facts} />);
    expect(screen.getByText("Før igangsætterne kan begynde at trække sig:")).toBeInTheDocument();
    expect(screen.getByText(/kontaktperson blandt deltagerne/)).toBeInTheDocument();
    expect(screen.queryByText("Før gruppen kan starte:")).toBeNull();
  });

  it("nothing once the facilitators withdraw or later", () => {
    const { container } = render(<NextStepChecklist state="SELF_RUNNING" facts={facts} />);
    expect(container).toBeEmptyDOMElement();
  });
});
