"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/actions";
import { webcalUrl } from "@/lib/calendar/schema";

type Props = {
  /** When the user's current link was made (already formatted), or null when they have none. */
  createdText: string | null;
};

/**
 * The facilitator's private calendar link: made here, shown once (only its hash is stored), remade
 * ("Lav nyt link" ends the old one) or deleted.
 */
export function CalendarFeedPanel({ createdText }: Props) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();
  const [url, setUrl] = useState<string | null>(null);

  const create = () => {
    if (createdText && !window.confirm("Det gamle link holder op med at virke. Vil du lave et nyt?")) return;
    run(
      () => createCalendarFeed({}),
      (result) => {
        setUrl(result.data?.url ?? null);
        router.refresh();
        return "Dit nye kalenderlink er lavet.";
      },
    );
  };
  const revoke = () => {
    if (!window.confirm("Linket holder op med at virke, og kalendere, der abonnerer på det, får ikke flere opdateringer. Vil du slette det?")) return;
    run(
      () => revokeCalendarFeed({}),
      () => {
        setUrl(null);
        router.refresh();
        return "Kalenderlinket er slettet.";
      },
    );
  };

  return (
    <div className="max-w-prose space-y-4">
      <p>
        Abonnér på dine gruppers faste mødetider i din egen kalender (telefon, Outlook, Google). Linket er personligt: den, der har det, kan se dine
        gruppers navne, tider og steder – aldrig deltagerne.
      </p>
      <MessageAlert message={message} />
      {url ? (
        <div className="space-y-2 rounded border border-sand-200 bg-sand-50 p-4">
          <label htmlFor="kalenderlink" className="block font-semibold">
            Dit kalenderlink
          </label>
          <input
            id="kalenderlink"
            readOnly
            value={url}
            aria-describedby="kalenderlink-hjaelp"
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-sand-200 bg-white px-3 py-2 font-mono text-sm"
          />
          <p id="kalenderlink-hjaelp" className="text-sm text-muted">
            Kopiér linket ind i din kalender som et abonnement. Det vises kun nu: mister du det, så lav et nyt.
          </p>
          <a href={webcalUrl(url)} className="font-medium">
            Åbn i kalenderprogram
          </a>
        </div>
      ) : createdText ? (
        <p>Du har et kalenderlink, lavet {createdText}.</p>
      ) : (
        <p>Du har ikke noget kalenderlink endnu.</p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant={createdText || url ? "secondary" : "primary"} disabled={pending} onClick={create}>
          {createdText || url ? "Lav nyt link" : "Lav kalenderlink"}
        </Button>
        {createdText || url ? (
          <Button type="button" variant="danger" disabled={pending} onClick={revoke}>
            Slet link
          </Button>
        ) : null}
      </div>
    </div>
  );
}
