// CSV for the member register, as Danish Excel reads it: UTF-8 with BOM, semicolons, CRLF.
// Pure; the export route feeds it rows.
import { toDateInputValue } from "@/lib/format";
import { standingLabel, type MemberStanding } from "./labels";

export const CSV_BOM = "\uFEFF";

/**
 * One cell: quoted when it holds the separator, a quote or a line break; a leading = + - @ (or tab/CR)
 * gets a ' in front so a spreadsheet never runs it as a formula (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[";\r\n,]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(";");
}

export type RegisterRow = {
  name: string;
  email: string;
  phone: string | null;
  postcode: string;
  standing: MemberStanding;
  periodEnd: Date | null;
};

export const REGISTER_HEADER = ["Navn", "Email", "Telefon", "Postnummer", "Medlemsstatus", "Periode slut"];

/** The start of the file: the BOM and the header line. */
export const registerCsvHead = () => CSV_BOM + csvLine(REGISTER_HEADER) + "\r\n";

/** The lines of these rows, each ending in CRLF (the export streams them a chunk at a time). */
export function registerCsvLines(rows: RegisterRow[]): string {
  return rows
    .map((r) => csvLine([r.name, r.email, r.phone, r.postcode, standingLabel[r.standing], r.periodEnd ? toDateInputValue(r.periodEnd) : ""]) + "\r\n")
    .join("");
}

export function registerCsv(rows: RegisterRow[]): string {
  return registerCsvHead() + registerCsvLines(rows);
}
