// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MemberForm } from "@/components/signup/member-form";
import { ApplicationForm } from "@/components/signup/application-form";
import { InterestForm } from "@/components/interest/interest-form";
import { seededTopics } from "../helpers/seeded-topics";
import type { ActionResult } from "@/lib/command/result";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

const ORG = DEFAULT_IDENTITY.orgName;

function describedByText(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

async function fillMember(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Navn"), "Mette Hansen");
  await user.type(screen.getByLabelText("Email"), "mette@example.dk");
  await user.type(screen.getByLabelText("Postnummer"), "7400");
}

describe("MemberForm", () => {
  it("shows each error linked by aria-describedby, focuses the first, and does not call the action", async () => {
    const action = vi.fn();
    const user = userEvent.setup();
    render(<MemberForm action={action} orgName={ORG} />);
    await user.type(screen.getByLabelText(/Telefon/), "12");
    await user.click(screen.getByRole("button", { name: "Bliv medlem" }));

    const name = screen.getByLabelText("Navn");
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(describedByText(name)).toContain("Skriv dit navn.");
    expect(describedByText(screen.getByLabelText("Postnummer"))).toContain("Postnummeret skal være 4 cifre");
    expect(describedByText(screen.getByLabelText(/Telefon/))).toContain("Skriv et telefonnummer med 8 cifre");
    const consent = screen.getByRole("checkbox", { name: /Samtykke til behandling af personoplysninger/ });
    expect(describedByText(consent)).toContain("Du skal give samtykke");
    expect(action).not.toHaveBeenCalled();
  });

  it("puts the server's field errors on the fields and moves focus to the first", async () => {
    const action = vi.fn(async (): Promise<ActionResult> => ({
      ok: false,
      code: "INVALID",
      message: "Nogle felter skal rettes.",
      fieldErrors: { postcode: ["Postnummeret findes ikke."] },
    }));
    const user = userEvent.setup();
    render(<MemberForm action={action} orgName={ORG} />);
    await fillMember(user);
    await user.click(screen.getByRole("checkbox", { name: /Samtykke til behandling af personoplysninger/ }));
    await user.click(screen.getByRole("button", { name: "Bliv medlem" }));

    const postcode = screen.getByLabelText("Postnummer");
    await waitFor(() => expect(postcode).toHaveFocus());
    expect(describedByText(postcode)).toContain("Postnummeret findes ikke.");
    expect(screen.getByRole("alert")).toHaveTextContent("Nogle felter skal rettes.");
    const sent = action.mock.calls[0] as unknown as [unknown, FormData];
    expect(sent[1].get("email")).toBe("mette@example.dk");
    expect(sent[1].get("consentMemberData")).toBe("on");
    expect(sent[1].get("website")).toBe("");
  });

  it("shows a general message (e.g. rate limit) as an alert that takes focus", async () => {
    const action = vi.fn(async (): Promise<ActionResult> => ({
      ok: false,
      code: "RATE_LIMITED",
      message: "Vi har modtaget mange indsendelser fra dig.",
    }));
    const user = userEvent.setup();
    render(<MemberForm action={action} orgName={ORG} />);
    await fillMember(user);
    await user.click(screen.getByRole("checkbox", { name: /Samtykke/ }));
    await user.click(screen.getByRole("button", { name: "Bliv medlem" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("mange indsendelser");
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it("links the consent to the privacy page and hides the honeypot from assistive technology", () => {
    render(<MemberForm action={vi.fn()} orgName={ORG} />);
    expect(screen.getByRole("link", { name: "Privatliv og dine data" })).toHaveAttribute("href", "/privatliv");
    expect(screen.queryByLabelText("Lad dette felt være tomt")?.closest("[aria-hidden='true']")).not.toBeNull();
  });
});

describe("ApplicationForm", () => {
  it("requires each of the three consents separately and focuses the first missing one after valid fields", async () => {
    const action = vi.fn();
    const user = userEvent.setup();
    render(<ApplicationForm groupId="g1" action={action} orgName={ORG} />);
    await fillMember(user);
    await user.click(screen.getByRole("checkbox", { name: /Tavshedspligt/ }));
    await user.click(screen.getByRole("button", { name: "Send ansøgning" }));

    const sensitive = screen.getByRole("checkbox", { name: /følsomme oplysninger/ });
    await waitFor(() => expect(sensitive).toHaveFocus());
    expect(describedByText(sensitive)).toContain("Du skal give samtykke, før vi kan behandle din ansøgning.");
    expect(describedByText(screen.getByRole("checkbox", { name: /Medlemskab og kontingent/ }))).toContain("Du skal acceptere medlemskab");
    expect(describedByText(screen.getByRole("checkbox", { name: /Tavshedspligt/ }))).not.toContain("Du skal");
    expect(action).not.toHaveBeenCalled();
  });

  it("warns against sensitive details in the message and counts characters", async () => {
    const user = userEvent.setup();
    render(<ApplicationForm groupId="g1" action={vi.fn()} orgName={ORG} />);
    const message = screen.getByLabelText(/Kort besked/);
    expect(describedByText(message)).toMatch(/Skriv ikke om helbred/);
    await user.type(message, "Ring efter kl. 16");
    expect(describedByText(message)).toContain("(17/500)");
    expect(message).toHaveAttribute("maxlength", "500");
  });

  it("posts the group id and every consent to the action", async () => {
    const action = vi.fn(async (): Promise<ActionResult> => ({ ok: false, code: "DUPLICATE", message: "Der ligger allerede en ansøgning" }));
    const user = userEvent.setup();
    render(<ApplicationForm groupId="g1" action={action} orgName={ORG} />);
    await fillMember(user);
    for (const name of [/Tavshedspligt/, /følsomme oplysninger/, /Medlemskab og kontingent/])
      await user.click(screen.getByRole("checkbox", { name }));
    await user.click(screen.getByRole("button", { name: "Send ansøgning" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Der ligger allerede en ansøgning");
    const data = (action.mock.calls[0] as unknown as [unknown, FormData])[1];
    expect(data.get("groupId")).toBe("g1");
    expect([data.get("consentConfidentiality"), data.get("consentSensitiveData"), data.get("consentFee")]).toEqual(["on", "on", "on"]);
  });
});

describe("InterestForm", () => {
  it("preselects topic and age band and links errors", async () => {
    const user = userEvent.setup();
    render(<InterestForm topics={seededTopics} action={vi.fn()} topic="GRIEF" ageBand="YOUTH" orgName={ORG} />);
    expect(screen.getByLabelText("Emne")).toHaveValue("GRIEF");
    expect(screen.getByLabelText("Aldersgruppe")).toHaveValue("YOUTH");
    await user.click(screen.getByRole("button", { name: "Skriv mig på listen" }));
    const name = screen.getByLabelText("Navn");
    await waitFor(() => expect(name).toHaveFocus());
    expect(describedByText(name)).toContain("Skriv dit navn.");
    expect(describedByText(screen.getByRole("checkbox", { name: /interesselisten/ }))).toContain("Du skal give samtykke");
  });

  it("asks for a topic and age band when none is preselected", async () => {
    const user = userEvent.setup();
    render(<InterestForm topics={seededTopics} action={vi.fn()} orgName={ORG} />);
    await user.click(screen.getByRole("button", { name: "Skriv mig på listen" }));
    await waitFor(() => expect(describedByText(screen.getByLabelText("Emne"))).toContain("Vælg et emne."));
    expect(describedByText(screen.getByLabelText("Aldersgruppe"))).toContain("Vælg en aldersgruppe.");
  });
});

describe("the error summary", () => {
  it("lists the server's field messages as links to the fields, and hides them again on the next submit", async () => {
    const action = vi.fn(async (): Promise<ActionResult> => ({
      ok: false,
      code: "INVALID",
      message: "Nogle felter skal rettes.",
      fieldErrors: { email: ["Skriv en gyldig email."] },
    }));
    const user = userEvent.setup();
    render(<InterestForm topics={seededTopics} action={action} topic="GRIEF" ageBand="ADULTS" orgName={ORG} />);
    await user.type(screen.getByLabelText("Navn"), "Ole");
    await user.type(screen.getByLabelText("Email"), "ole@example.dk");
    await user.click(screen.getByRole("checkbox", { name: /interesselisten/ }));
    await user.click(screen.getByRole("button", { name: "Skriv mig på listen" }));
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("a")).toHaveAttribute("href", "#felt-email");

    await user.clear(screen.getByLabelText("Navn"));
    await user.click(screen.getByRole("button", { name: "Skriv mig på listen" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(action).toHaveBeenCalledTimes(1);
  });
});
