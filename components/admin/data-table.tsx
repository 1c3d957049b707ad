import { ScrollTable } from "./scroll-table";

/** Cell padding every admin table uses, so headers and cells line up. */
export const cellClass = "py-2 pr-4";
/** A body row: a thin line under each. */
export const rowClass = "border-b border-sand-200";

/**
 * An admin list as a table: scrolls sideways on a phone (keyboard-reachable, named region), a caption for
 * screen readers, column headers with scope. The rows are the children; their first cell is usually a
 * <th scope="row">.
 */
export function DataTable({
  label,
  caption = label,
  columns,
  children,
}: {
  label: string;
  caption?: string;
  columns: React.ReactNode[];
  children: React.ReactNode;
}) {
  return (
    <ScrollTable label={label}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-sand-200">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={cellClass}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}
