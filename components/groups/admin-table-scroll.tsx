/** A horizontally scrollable wrapper for wide tables on phones, reachable and named for keyboard users. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
