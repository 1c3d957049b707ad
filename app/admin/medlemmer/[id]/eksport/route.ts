import { getSession } from "@/lib/auth/session";
import { getMemberExport } from "@/lib/privacy/data";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// Everything stored about one member, as readable JSON for the person who asked. ADMIN only; audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSession();
  if (!user || user.role !== "ADMIN") return text("Du har ikke adgang til dette.", 403);
  const { id } = await params;
  const document = await getMemberExport(id);
  if (!document) return text("Medlemmet findes ikke.", 404);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="persondata-${stamp}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

export const dynamic = "force-dynamic";
