"use client";

import "./globals.css";

// Shown when the root layout itself fails: it replaces that layout, so it has its own <html> and <body>.
// No error details, no shared components, and a plain link (a full page load) home. Nor the
// organisation's name: it is a setting in the database, which may be what failed.
export default function GlobalError({ reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return (
    <html lang="da">
      <body className="min-h-screen">
        <title>Noget gik galt</title>
        <main id="indhold" className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl font-semibold">Noget gik galt</h1>
          <p className="mt-4">Siden kunne ikke vises lige nu. Det er ikke din skyld. Prøv igen om lidt.</p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={() => (retry ? retry() : reset())}
              className="inline-flex items-center justify-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              Prøv igen
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, since the app shell is what failed */}
            <a href="/">Gå til forsiden</a>
          </div>
        </main>
      </body>
    </html>
  );
}
