import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import AdminNotFound from "@/app/admin/not-found";
import NotFound from "@/app/not-found";

const secret = Object.assign(new Error("SQLITE_BUSY: database is locked at /srv/data/selvhjaelp.db"), { digest: "123" });

describe("the error pages", () => {
  it("app/error.tsx: a calm Danish message, no error details, Prøv igen fetches again, and a link home", async () => {
    const reset = vi.fn();
    const retry = vi.fn();
    render(<ErrorPage error={secret} reset={reset} retry={retry} />);
    expect(screen.getByRole("heading", { level: 1, name: "Noget gik galt" })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/SQLITE|selvhjaelp\.db|123/);
    await userEvent.click(screen.getByRole("button", { name: "Prøv igen" }));
    expect(retry).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Gå til forsiden" })).toHaveAttribute("href", "/");
  });

  it("app/error.tsx falls back to reset() where Next gives no retry()", async () => {
    const reset = vi.fn();
    render(<ErrorPage error={secret} reset={reset} />);
    await userEvent.click(screen.getByRole("button", { name: "Prøv igen" }));
    expect(reset).toHaveBeenCalledOnce();
  });

  it("app/global-error.tsx brings its own Danish document and shows no details", () => {
    const html = renderToStaticMarkup(<GlobalError error={secret} reset={() => {}} retry={() => {}} />);
    expect(html).toMatch(/^<html lang="da">/);
    expect(html).toContain("<title>Noget gik galt</title>");
    expect(html).toMatch(/<body[^>]*><main id="indhold"/);
    expect(html).toContain("Noget gik galt");
    expect(html).toContain("Prøv igen");
    expect(html).toContain('href="/"');
    expect(html).not.toMatch(/SQLITE|selvhjaelp\.db/);
  });

  it("the not-found pages are Danish and point somewhere useful", () => {
    render(<NotFound />);
    expect(screen.getByRole("heading", { name: "Siden findes ikke" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "gå til forsiden" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "Se alle grupper" })).toHaveAttribute("href", "/grupper");
    render(<AdminNotFound />);
    expect(screen.getByRole("link", { name: "Til forsiden af administrationen" })).toHaveAttribute("href", "/admin");
  });
});
