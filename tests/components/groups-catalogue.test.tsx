import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CatalogueFilters } from "@/components/groups/catalogue-filters";
import { EmptyCatalogue } from "@/components/groups/empty-catalogue";
import { GroupCard } from "@/components/groups/group-card";
import type { PublicGroup } from "@/lib/groups/catalogue";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";
import { atFredensgade } from "../helpers/venue-fixtures";

const group: PublicGroup = {
  id: "g1",
  slug: "sorggruppe-for-voksne",
  name: "Sorggruppe for voksne",
  topic: "GRIEF",
  ageBand: "ADULTS",
  description: "For dig, der har mistet.",
  cadence: "BIWEEKLY",
  weekday: 2,
  startTime: "19:00",
  durationMinutes: 120,
  ...atFredensgade,
  state: "STARTING",
  startDate: null,
  endedAt: null,
  openForNewcomers: true,
  isFull: false,
  takesNewcomers: true,
};

describe("a group card", () => {
  it("shows name (as the link), topic, age band, rhythm, day and time, duration, place, state and newcomers", () => {
    render(<GroupCard group={group} topics={seededTopics} />);
    const card = screen.getByRole("article");
    expect(within(card).getByRole("heading", { level: 3, name: "Sorggruppe for voksne" })).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "Sorggruppe for voksne" })).toHaveAttribute("href", "/grupper/sorggruppe-for-voksne");
    expect(card).toHaveTextContent("Sorg · Voksne");
    expect(card).toHaveTextContent("HvornårTirsdag kl. 19.00–21.00");
    expect(card).toHaveTextContent("Hvor ofteHver anden uge");
    expect(card).toHaveTextContent("Varighed2 timer");
    expect(card).toHaveTextContent("StedSelvhjælp Herning, Fredensgade 14, 7400 Herning");
    expect(card).toHaveTextContent("Gruppen er i opstart med igangsættere");
    expect(card).toHaveTextContent("Tager imod nye deltagere");
  });

  it("says when a group is full", () => {
    render(<GroupCard group={{ ...group, isFull: true, takesNewcomers: false }} topics={seededTopics} />);
    expect(screen.getByRole("article")).toHaveTextContent("Gruppen er fuld lige nu");
    expect(screen.getByRole("article")).not.toHaveTextContent("Tager imod nye deltagere");
  });
});

describe("the catalogue filter form", () => {
  it("is a plain GET form to /grupper with the current choices filled in", () => {
    const { container } = render(
      <CatalogueFilters filter={{ topic: seededTopic("RELATIVES"), weekday: 4, openOnly: true, q: "demens" }} topics={seededTopics} />,
    );
    const form = container.querySelector("form")!;
    expect(form).toHaveAttribute("method", "get");
    expect(form).toHaveAttribute("action", "/grupper");
    expect(screen.getByLabelText(/Emne/)).toHaveValue("paaroerende");
    expect(screen.getByLabelText(/Ugedag/)).toHaveValue("torsdag");
    expect(screen.getByLabelText(/Aldersgruppe/)).toHaveValue("");
    expect(screen.getByLabelText(/Søg/)).toHaveValue("demens");
    expect(screen.getByLabelText("Vis kun grupper, der tager imod nye deltagere")).toBeChecked();
    expect(screen.getByRole("link", { name: "Nulstil filtre" })).toHaveAttribute("href", "/grupper");
  });

  it('labels its filters without the "(valgfrit)" suffix, since every filter is optional', () => {
    const { container } = render(<CatalogueFilters filter={{ openOnly: false }} topics={seededTopics} />);
    expect(container).not.toHaveTextContent("valgfrit");
    for (const label of ["Søg", "Emne", "Aldersgruppe", "Ugedag", "Hvor langt er gruppen?"]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it("offers the topics in use, in their order, and not a retired one", () => {
    const topics = seededTopics.map((t) => (t.key === "DIVORCE" ? { ...t, retired: true } : t));
    render(<CatalogueFilters filter={{ openOnly: false }} topics={topics} />);
    const options = within(screen.getByLabelText("Emne")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Alle emner", ...topics.filter((t) => !t.retired).map((t) => t.label)]);
    expect(options.map((o) => o.textContent)).not.toContain("Skilsmisse");
  });
});

describe("a group on a retired topic", () => {
  it("still shows its topic's label on its card", () => {
    const topics = seededTopics.map((t) => (t.key === "GRIEF" ? { ...t, retired: true } : t));
    render(<GroupCard group={group} topics={topics} />);
    expect(screen.getByRole("article")).toHaveTextContent("Sorg · Voksne");
  });
});

describe("an empty catalogue", () => {
  it("offers to remove each filter and links to the interest list for the chosen topic and age band", () => {
    render(<EmptyCatalogue filter={{ topic: seededTopic("LONELINESS"), ageBand: "YOUTH", openOnly: true }} />);
    expect(screen.getByText(/Vi fandt ingen grupper/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Fjern emnet ensomhed" })).toHaveAttribute("href", "/grupper?alder=unge&aaben=1");
    expect(screen.getByRole("link", { name: "Fjern aldersgruppen unge" })).toHaveAttribute("href", "/grupper?emne=ensomhed&aaben=1");
    expect(screen.getByRole("link", { name: "Fjern kun grupper, der tager imod nye" })).toHaveAttribute("href", "/grupper?emne=ensomhed&alder=unge");
    expect(screen.getByRole("link", { name: "Skriv dig på interesselisten" })).toHaveAttribute("href", "/interesse?emne=ensomhed&alder=unge");
  });
});
