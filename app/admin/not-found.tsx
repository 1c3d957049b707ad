import Link from "next/link";

// Inside the admin shell, which already has the page's <main>.
export default function AdminNotFound() {
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Siden findes ikke</h1>
      <p>Vi kan ikke finde det, du leder efter. Det kan være slettet, eller du har ikke adgang til det.</p>
      <p>
        <Link href="/admin">Til forsiden af administrationen</Link>
      </p>
    </div>
  );
}
