import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const actions = vi.hoisted(() => ({ createCalendarFeed: vi.fn(), revokeCalendarFeed: vi.fn() }));
vi.mock("@/lib/calendar/actions", () => actions);

import { CalendarFeedPanel } from "@/components/calendar/calendar-feed-panel";

const URL_ = "https://selvhjaelp.example.dk/kalender/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.ics";

beforeEach(() => {
  vi.clearAllMocks();
  vi.spyOn(window, "confirm").mockReturnValue(true);
});

describe("the calendar link panel on 'Mine grupper'", () => {
  it("makes a link and shows it once, labelled and explained, with a webcal link", async () => {
    const user = userEvent.setup();
    actions.createCalendarFeed.mockResolvedValueOnce({ ok: true, data: { url: URL_ } });
    render(<CalendarFeedPanel createdText={null} />);
    expect(screen.getByText("Du har ikke noget kalenderlink endnu.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Slet link" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Lav kalenderlink" }));
    expect(window.confirm).not.toHaveBeenCalled();
    const field = await screen.findByLabelText("Dit kalenderlink");
    expect(field).toHaveValue(URL_);
    expect(field).toHaveAttribute("readonly");
    expect(field).toHaveAccessibleDescription(/vises kun nu/);
    expect(screen.getByRole("link", { name: "Åbn i kalenderprogram" })).toHaveAttribute("href", URL_.replace("https://", "webcal://"));
    expect(screen.getByRole("status")).toHaveTextContent("Dit nye kalenderlink er lavet.");
    expect(actions.createCalendarFeed).toHaveBeenCalledWith({});
    expect(refresh).toHaveBeenCalled();
  });

  it("asks before 'Lav nyt link' ends the old link, and does nothing when the answer is no", async () => {
    const user = userEvent.setup();
    vi.mocked(window.confirm).mockReturnValueOnce(false);
    render(<CalendarFeedPanel createdText="3. dec. 2026 kl. 10.00" />);
    expect(screen.getByText("Du har et kalenderlink, lavet 3. dec. 2026 kl. 10.00.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Lav nyt link" }));
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining("holder op med at virke"));
    expect(actions.createCalendarFeed).not.toHaveBeenCalled();
  });

  it("deletes the link after a confirmation, and shows a refusal as an alert", async () => {
    const user = userEvent.setup();
    actions.revokeCalendarFeed.mockResolvedValueOnce({ ok: false, code: "NO_FEED", message: "Du har ikke noget kalenderlink." });
    render(<CalendarFeedPanel createdText="3. dec. 2026 kl. 10.00" />);
    await user.click(screen.getByRole("button", { name: "Slet link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Du har ikke noget kalenderlink.");
    expect(actions.revokeCalendarFeed).toHaveBeenCalledWith({});
  });
});
