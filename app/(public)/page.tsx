import Link from "next/link";

export default function HomePage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Du er ikke alene</h1>
      <p className="max-w-prose">
        Selvhjælp Herning samler mennesker, der står i en svær livssituation, i små selvhjælpsgrupper.
      </p>
      <p>
        <Link href="/grupper">Find en gruppe</Link>
      </p>
    </div>
  );
}
