import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

const nav = vi.hoisted(() => ({ pathname: "/admin/ansoegninger" }));
vi.mock("next/navigation", () => ({ usePathname: () => nav.pathname }));

import { AdminNav } from "@/components/admin/admin-nav";
import { adminNavGroups } from "@/components/admin/admin-nav-items";

// jsdom applies no CSS: both the phone menu and the row are in the tree; the row is the one with `hidden md:flex`.
const phoneMenu = () => screen.getByText("Menu").closest("details")!;

describe("the admin menu", () => {
  it("on a phone: one closed 'Menu' disclosure with every link in labelled groups", () => {
    render(<AdminNav role="ADMIN" />);
    const menu = phoneMenu();
    expect(menu).not.toHaveAttribute("open");
    expect(menu.className).toContain("md:hidden");
    for (const group of adminNavGroups.filter((g) => g.label)) {
      const list = within(menu).getByRole("list", { name: group.label!, hidden: true });
      expect(
        within(list)
          .getAllByRole("link", { hidden: true })
          .map((a) => a.textContent),
      ).toEqual(group.items.map((i) => i.label));
    }
    expect(within(menu).getByRole("link", { name: "Min konto", hidden: true })).toHaveAttribute("href", "/admin/konto");
    // The row for wide screens is hidden on a phone and has the same links.
    const row = screen.getByRole("navigation", { name: "Administration" }).querySelector("ul.hidden")!;
    expect(row.className).toContain("md:flex");
    expect(row.querySelectorAll("a").length).toBe(adminNavGroups.flatMap((g) => g.items).length);
  });

  // Enter and Space on the summary are the browser's own (jsdom has neither): tests/e2e/admin-menu.test.ts.
  it("opens, marks the current page, and Escape closes it with focus back on 'Menu'", async () => {
    render(<AdminNav role="ADMIN" />);
    const menu = phoneMenu();
    const summary = within(menu).getByText("Menu");
    await userEvent.click(summary);
    expect(menu).toHaveAttribute("open");
    const current = within(menu).getByRole("link", { name: "Ansøgninger" });
    expect(current).toHaveAttribute("aria-current", "page");
    // The overview is current only on its own page, not on every admin page below it.
    expect(within(menu).getByRole("link", { name: "Overblik" })).not.toHaveAttribute("aria-current");
    current.focus();
    await userEvent.keyboard("{Escape}");
    expect(menu).not.toHaveAttribute("open");
    expect(summary).toHaveFocus();
  });

  it("closes after a link was followed (the layout stays between pages)", async () => {
    const { rerender } = render(<AdminNav role="ADMIN" />);
    await userEvent.click(within(phoneMenu()).getByText("Menu"));
    expect(phoneMenu()).toHaveAttribute("open");
    nav.pathname = "/admin/grupper";
    rerender(<AdminNav role="ADMIN" />);
    expect(phoneMenu()).not.toHaveAttribute("open");
    nav.pathname = "/admin/ansoegninger";
  });

  it("a facilitator's two links stay in a row, with no disclosure", () => {
    render(<AdminNav role="FACILITATOR" />);
    expect(screen.queryByText("Menu")).toBeNull();
    const links = within(screen.getByRole("navigation", { name: "Administration" })).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual(["Mine grupper", "Min konto"]);
  });
});
