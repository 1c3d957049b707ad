/** A table wrapper that scrolls sideways on a phone and can be scrolled with the keyboard. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
