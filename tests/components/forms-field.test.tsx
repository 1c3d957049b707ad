import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SelectField, TextArea, TextField } from "@/components/forms/field";

function describedByText(element: HTMLElement) {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(" | ");
}

describe("the shared field components", () => {
  it("mark optional fields with (valgfrit) and required fields with aria-required", () => {
    render(
      <>
        <TextField label="Navn" name="name" required />
        <TextArea label="Besked" name="message" />
        <SelectField label="Emne" name="topic" options={[{ value: "a", label: "A" }]} />
      </>,
    );
    expect(screen.getByLabelText("Navn")).toHaveAttribute("aria-required", "true");
    expect(screen.getByLabelText("Besked (valgfrit)")).not.toHaveAttribute("aria-required");
    expect(screen.getByLabelText("Emne (valgfrit)").tagName).toBe("SELECT");
  });

  it("leave the suffix out when optionalLabel is false", () => {
    render(
      <>
        <TextField label="Søg" name="q" optionalLabel={false} />
        <TextArea label="Note" name="note" optionalLabel={false} />
        <SelectField label="Fase" name="fase" optionalLabel={false} options={[]} placeholder="Alle" />
      </>,
    );
    expect(screen.getByLabelText("Søg")).toHaveAttribute("name", "q");
    expect(screen.getByLabelText("Note").tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("Fase")).toHaveValue("");
    expect(document.body).not.toHaveTextContent("valgfrit");
  });

  it("link the hint and the error to the control and mark it invalid", () => {
    render(<SelectField label="Emne" name="topic" required hint="Vælg det nærmeste." error="Vælg et emne." options={[]} />);
    const select = screen.getByLabelText("Emne");
    expect(select).toHaveAttribute("id", "felt-topic");
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(describedByText(select)).toBe("Vælg det nærmeste. | Vælg et emne.");
  });
});
