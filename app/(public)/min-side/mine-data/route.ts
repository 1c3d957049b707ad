import { getMemberSession } from "@/lib/member-session/session";
import { getOwnExport } from "@/lib/self-service/view-data";
import { getIdentity } from "@/lib/settings/data";
import { fileSlug } from "@/lib/settings/identity";

export const dynamic = "force-dynamic";

/**
 * The signed-in member's own data as a file (the same document coordinators hand out, lib/privacy).
 * Only the member of the session: no id is taken from the request. Audited.
 */
export async function GET() {
  const member = await getMemberSession();
  if (!member) return new Response("Du er ikke logget ind på Min side.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const document = await getOwnExport(member);
  if (!document) return new Response("Ikke fundet.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="mine-data-${fileSlug(await getIdentity())}.json"`,
      "cache-control": "no-store",
    },
  });
}
