import Link from "next/link";

export function GroupNotFound() {
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-semibold">Vi kan ikke finde gruppen</h1>
      <p>Gruppen findes ikke, eller adressen er skrevet forkert. Måske har den skiftet navn.</p>
      <p>
        <Link prefetch={false} href="/grupper">
          Se alle grupper
        </Link>{" "}
        eller{" "}
        <Link prefetch={false} href="/">
          gå til forsiden
        </Link>
        .
      </p>
    </div>
  );
}
