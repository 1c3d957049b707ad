import type { Metadata } from "next";
import Link from "next/link";
import { TopicCreateForm } from "@/components/topics/topic-create-form";
import { TopicEditForm } from "@/components/topics/topic-edit-form";
import { TopicRowActions } from "@/components/topics/topic-row-actions";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listTopicsForAdmin } from "@/lib/topics/data";

export const metadata: Metadata = { title: "Emner" };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function TopicsPage() {
  const admin = await requireAdminPage();
  const topics = await listTopicsForAdmin(admin);
  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-2">
        <h1 className="text-3xl font-semibold">Emner</h1>
        <p>
          Emnerne, grupperne samles om. Rækkefølgen her er rækkefølgen på forsiden, i kataloget og i formularerne. Et emne slettes aldrig: sæt det som
          udgået, så forsvinder det fra de offentlige filtre og kan ikke vælges til nye grupper eller på interesselisten. Grupper med emnet beholder
          det, og statistikken viser det stadig for de år, det var i brug.
        </p>
      </div>

      <section aria-labelledby="alle-emner" className="space-y-3">
        <h2 id="alle-emner" className="text-2xl font-semibold">
          Alle emner ({topics.length})
        </h2>
        <ol className="max-w-3xl space-y-3">
          {topics.map((t, i) => (
            <li key={t.key} className={`space-y-3 rounded border border-sand-200 p-4 ${t.retired ? "bg-sand-100" : "bg-white"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="text-xl font-semibold">
                  <span className="text-muted">{i + 1}.</span> {t.label}
                  {t.retired ? <span className="font-normal text-muted"> – udgået{t.retiredAt ? ` ${formatDate(t.retiredAt)}` : ""}</span> : null}
                </h3>
                <span className="text-muted">
                  {count(t.groups, "gruppe", "grupper")} · {t.waitingInterest} på interesselisten
                </span>
              </div>
              <p>{t.description}</p>
              <p className="text-base text-muted">
                I kataloget:{" "}
                {t.retired ? (
                  <>/grupper?emne={t.slug} (vises ikke, mens emnet er udgået)</>
                ) : (
                  <Link href={`/grupper?emne=${t.slug}`}>/grupper?emne={t.slug}</Link>
                )}
              </p>
              <TopicRowActions topicKey={t.key} label={t.label} position={i + 1} count={topics.length} retired={t.retired} />
              <details>
                <summary className="cursor-pointer font-medium text-brand-800">
                  Ret navn og beskrivelse<span className="sr-only"> for {t.label}</span>
                </summary>
                <div className="pt-3">
                  <TopicEditForm topicKey={t.key} label={t.label} description={t.description} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="nyt-emne" className="space-y-3">
        <h2 id="nyt-emne" className="text-2xl font-semibold">
          Opret et nyt emne
        </h2>
        <p className="max-w-prose">
          Det nye emne kommer sidst i rækkefølgen og kan straks vælges til nye grupper, i kataloget og på interesselisten.
        </p>
        <TopicCreateForm />
      </section>
    </div>
  );
}
