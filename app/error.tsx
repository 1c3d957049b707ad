"use client";

import Link from "next/link";

// The boundary under the root layout: it replaces the public and the admin layout alike, so it brings
// its own <main>. It shows no error details (a server error's message is not meant for visitors) and
// imports no shared components, so that it still renders when one of them is what broke.
export default function ErrorPage({ reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return (
    <main id="indhold" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-semibold">Noget gik galt</h1>
      <p className="mt-4">Der skete en fejl hos os, da siden skulle vises. Det er ikke din skyld, og du kan roligt prøve igen.</p>
      <p className="mt-2">
        Var du ved at sende en formular, er den måske ikke kommet frem. Prøv igen om lidt, eller kontakt os, hvis det bliver ved.
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        {/* retry (Next 16.3+) fetches the page from the server again and then resets; reset alone only re-renders. */}
        <button
          type="button"
          onClick={() => (retry ? retry() : reset())}
          className="inline-flex items-center justify-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Prøv igen
        </button>
        <Link prefetch={false} href="/">
          Gå til forsiden
        </Link>
      </div>
    </main>
  );
}
