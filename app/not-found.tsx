import Link from "next/link";

export default function NotFound() {
  return (
    <main id="indhold" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-semibold">Siden findes ikke</h1>
      <p className="mt-4">Vi kan ikke finde den side, du leder efter. Måske er den flyttet eller slettet.</p>
      <p className="mt-4">
        <Link prefetch={false} href="/grupper">
          Se alle grupper
        </Link>{" "}
        eller{" "}
        <Link prefetch={false} href="/">
          gå til forsiden
        </Link>
        .
      </p>
    </main>
  );
}
