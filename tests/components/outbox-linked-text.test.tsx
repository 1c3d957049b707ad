import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { LinkedText, linkParts } from "@/components/outbox/linked-text";

const SITE = "https://selvhjaelp.example.dk";

describe("a mail's text in the outbox view", () => {
  it("makes the site's own addresses links, without the sentence's closing punctuation", () => {
    render(
      <pre>
        <LinkedText text={`Log ind for at se den: ${SITE}/admin/ansoegninger.\nLæs mere på ${SITE}/privatliv`} siteUrl={SITE} />
      </pre>,
    );
    expect(screen.getByRole("link", { name: `${SITE}/admin/ansoegninger` })).toHaveAttribute("href", `${SITE}/admin/ansoegninger`);
    expect(screen.getByRole("link", { name: `${SITE}/privatliv` })).toHaveAttribute("href", `${SITE}/privatliv`);
    expect(screen.getByText(/Log ind for at se den:/)).toBeInTheDocument();
  });

  it("leaves other addresses, a look-alike host and the redacted link as text", () => {
    const text = `Se https://example.com/x og ${SITE}.evil.dk/y og http://selvhjaelp.example.dk/z og [link sendt – vises ikke].`;
    expect(linkParts(text, SITE).filter((p) => p.href)).toEqual([]);
    render(<LinkedText text={text} siteUrl={SITE} />);
    expect(screen.queryAllByRole("link")).toEqual([]);
  });

  it("keeps every character of the text, in order", () => {
    const text = `A ${SITE}/a, B (${SITE}/b) C`;
    const parts = linkParts(text, SITE);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([`${SITE}/a`, `${SITE}/b`]);
  });
});
