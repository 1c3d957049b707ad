"use client";
import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { deleteVenue, restoreVenue, retireVenue } from "@/lib/venues/actions";

const buttonClass =
  "rounded border border-brand-700 px-3 py-1 text-base font-medium text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60";

type Props = { venueId: string; name: string; retired: boolean; groups: number };

/** Retire / restore, and delete for a venue no group has (the server refuses one in use all the same). */
export function VenueActions({ venueId, name, retired, groups }: Props) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();
  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        {retired ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => restoreVenue({ venueId }),
                () => `${name} er i brug igen.`,
              )
            }
          >
            Tag i brug igen<span className="sr-only"> {name}</span>
          </button>
        ) : (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Sæt ${name} som udgået? Stedet kan ikke længere vælges til grupper. Grupper, der mødes der, beholder det.`))
                run(
                  () => retireVenue({ venueId }),
                  () => `${name} er sat som udgået.`,
                );
            }}
          >
            Sæt som udgået<span className="sr-only"> {name}</span>
          </button>
        )}
        {groups === 0 ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Slet ${name}? Det kan ikke fortrydes.`))
                run(
                  () => deleteVenue({ venueId }),
                  () => {
                    router.push("/admin/steder");
                    return `${name} er slettet.`;
                  },
                );
            }}
          >
            Slet<span className="sr-only"> {name}</span>
          </button>
        ) : null}
      </div>
      <p role="status" className={message?.kind === "error" ? "font-medium text-danger-700" : "text-success-700"}>
        {message?.text}
      </p>
    </div>
  );
}
