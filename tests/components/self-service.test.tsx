import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { OwnPage } from "@/lib/self-service/view-data";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const actions = vi.hoisted(() => ({
  withdrawApplication: vi.fn(),
  withdrawConsent: vi.fn(),
  updateContact: vi.fn(),
  requestSignInLink: vi.fn(),
}));
vi.mock("@/lib/self-service/actions", () => actions);

import { ContactForm } from "@/components/self-service/contact-form";
import { OwnApplications } from "@/components/self-service/own-applications";
import { RequestLinkForm } from "@/components/self-service/request-link-form";

type Application = OwnPage["applications"][number];

const at = new Date("2026-11-01T10:00:00Z");
const application = (over: Partial<Application>): Application => ({
  id: "a1",
  createdAt: at,
  intakeHeldOn: null,
  group: { name: "Sorggruppe under planlægning", slug: "sorggruppe" },
  state: "RECEIVED",
  onlineUrl: null,
  forming: null,
  canWithdraw: true,
  consents: { confidentialityAt: at, sensitiveDataAt: at, feeAt: at, withdrawnAt: null, withdrawal: "withdraw" },
  ...over,
});

beforeEach(() => vi.clearAllMocks());

describe("the member's applications", () => {
  it("shows a planned group's count — how many are missing and how many have had their intake — inside its own application", () => {
    render(
      <OwnApplications
        applications={[
          application({ id: "a1", forming: { counted: 3, minimum: 4, needed: 1, includesYou: true }, state: "INTAKE_HELD", intakeHeldOn: at }),
          application({ id: "a2", group: { name: "Ensomhed", slug: "ensomhed" }, state: "ADMITTED", canWithdraw: false }),
        ]}
      />,
    );
    const item = (name: string) => screen.getByRole("heading", { level: 3, name }).closest("li")!;
    const planned = item("Sorggruppe under planlægning");
    const running = item("Ensomhed");
    expect(within(planned).getByText("Gruppen samles: der mangler 1 deltager, før vi starter")).toBeInTheDocument();
    expect(
      within(planned).getByText("3 af de 4 deltagere, gruppen mindst skal have for at starte, har haft deres forsamtale (du selv medregnet)."),
    ).toBeInTheDocument();
    expect(within(planned).getByText("Forsamtale holdt")).toBeInTheDocument();
    expect(within(running).queryByText(/Gruppen samles/)).toBeNull();
    expect(within(running).queryByText(/forsamtale \(/)).toBeNull();
    expect(within(running).queryByRole("button", { name: /Træk ansøgningen tilbage/ })).toBeNull();
  });

  it("withdraws only after the member confirms, sending the application's id, and reads the page again", async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    actions.withdrawApplication.mockResolvedValue({ ok: true });
    render(<OwnApplications applications={[application({ id: "a7" })]} />);
    const button = screen.getByRole("button", { name: "Træk ansøgningen tilbage: Sorggruppe under planlægning" });
    await user.click(button);
    expect(actions.withdrawApplication).not.toHaveBeenCalled();
    await user.click(button);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(actions.withdrawApplication).toHaveBeenCalledWith({ applicationId: "a7" });
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it("shows the server's refusal as an alert", async () => {
    const user = userEvent.setup();
    vi.spyOn(window, "confirm").mockReturnValue(true);
    actions.withdrawApplication.mockResolvedValue({ ok: false, code: "ALREADY_DECIDED", message: "Ansøgningen er allerede afgjort." });
    render(<OwnApplications applications={[application({})]} />);
    await user.click(screen.getByRole("button", { name: /Træk ansøgningen tilbage/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Ansøgningen er allerede afgjort.");
    expect(refresh).not.toHaveBeenCalled();
  });

  it("points to the groups when there are none", () => {
    render(<OwnApplications applications={[]} />);
    expect(screen.getByRole("link", { name: "Find en gruppe" })).toHaveAttribute("href", "/grupper");
  });
});

describe("contact details form", () => {
  it("refuses a malformed phone in the browser, linked to the field, and calls nothing", async () => {
    const user = userEvent.setup();
    render(<ContactForm name="Karen Kendt" phone={null} />);
    const phone = screen.getByLabelText(/^Telefon/);
    await user.type(phone, "abc");
    await user.click(screen.getByRole("button", { name: "Gem navn og telefon" }));
    await vi.waitFor(() => expect(phone).toHaveAttribute("aria-invalid", "true"));
    expect(phone).toHaveAccessibleDescription(/.+/);
    expect(actions.updateContact).not.toHaveBeenCalled();
  });

  it("sends name and phone and says that they were saved", async () => {
    const user = userEvent.setup();
    actions.updateContact.mockResolvedValue({ ok: true });
    render(<ContactForm name="Karen Kendt" phone="12 34 56 78" />);
    await user.clear(screen.getByLabelText(/^Navn/));
    await user.type(screen.getByLabelText(/^Navn/), "Karen Jensen");
    await user.click(screen.getByRole("button", { name: "Gem navn og telefon" }));
    expect(await screen.findByText("Dine oplysninger er gemt.")).toBeInTheDocument();
    expect(actions.updateContact).toHaveBeenCalledWith({ name: "Karen Jensen", phone: "12 34 56 78" });
  });
});

describe("the request for a sign-in link", () => {
  it("has a labelled email field and refuses a malformed address before anything is sent", async () => {
    const user = userEvent.setup();
    render(<RequestLinkForm />);
    const email = screen.getByLabelText(/^Din email/);
    expect(email).toHaveAttribute("type", "email");
    expect(email).toHaveAttribute("autocomplete", "email");
    await user.type(email, "ikke-en-adresse");
    await user.click(screen.getByRole("button", { name: "Send mig et link" }));
    await vi.waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    expect(email).toHaveFocus();
    expect(actions.requestSignInLink).not.toHaveBeenCalled();
  });
});
