import Link from "next/link";
import { COUNT_LIMIT } from "@/lib/pagination";

/** One number that needs attention, linking to the list behind it. The link text reads as a sentence. A count past COUNT_LIMIT reads "1.000+". */
export function CountCard({ href, count, label, hint }: { href: string; count: number; label: string; hint?: string }) {
  return (
    <li>
      <Link
        href={href}
        className={`block h-full rounded border-2 bg-white p-3 sm:p-4 no-underline hover:bg-brand-50 ${count > 0 ? "border-brand-700" : "border-sand-200"}`}
      >
        <span className="block text-3xl font-semibold sm:text-4xl text-brand-800">
          {count > COUNT_LIMIT ? `${COUNT_LIMIT.toLocaleString("da-DK")}+` : count}
        </span>
        <span className="block font-medium text-ink underline">{label}</span>
        {hint ? <span className="mt-1 block text-base text-muted">{hint}</span> : null}
      </Link>
    </li>
  );
}
