import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getOutboxEmail } from "@/lib/outbox/data";
import { errorKindLabel } from "@/lib/outbox/labels";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { env } from "@/lib/env";
import { LinkedText } from "@/components/outbox/linked-text";

export const metadata: Metadata = { title: "Mail i udbakken" };

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const email = await getOutboxEmail(admin, id);
  if (!email) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/udbakke">← Udbakken</Link>
      </p>
      <h1 className="text-3xl font-semibold break-words">{email.subject}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Til</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="font-medium">Oprettet</dt>
        <dd>{formatDateTime(email.createdAt)}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{email.status}</dd>
        {email.nextAttemptAt ? (
          <>
            <dt className="font-medium">Næste forsøg</dt>
            <dd>{formatDateTime(email.nextAttemptAt)}</dd>
          </>
        ) : null}
        {email.lastErrorKind ? (
          <>
            <dt className="font-medium">Sidste fejl</dt>
            <dd>{errorKindLabel(email.lastErrorKind)}</dd>
          </>
        ) : null}
      </dl>
      {email.text.includes(REDACTED_LINK) ? (
        <p className="max-w-prose">
          Linket i mailen vises ikke her, så ingen kan bruge det fra udbakken. Er invitationen ikke nået frem, så send en ny fra{" "}
          <Link href="/admin/brugere">Brugere</Link>.
        </p>
      ) : null}
      <pre className="max-w-prose whitespace-pre-wrap break-words rounded border-2 border-sand-200 bg-white p-4 font-sans">
        <LinkedText text={email.text} siteUrl={env().SITE_URL} />
      </pre>
    </div>
  );
}
