import Link from "next/link";

export const metadata = { title: "Ingen adgang" };

export default function NoAccessPage() {
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Ingen adgang</h1>
      <p>Din bruger har ikke adgang til den side. Kontakt en administrator, hvis du mener, det er en fejl.</p>
      <p>
        <Link href="/admin">Til forsiden af administrationen</Link>
      </p>
    </div>
  );
}
