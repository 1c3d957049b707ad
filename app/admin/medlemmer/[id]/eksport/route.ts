import { adminForRoute, plainText } from "@/lib/auth/admin-route";
import { getMemberExport } from "@/lib/privacy/data";

// Everything stored about one member, as readable JSON for the person who asked. ADMIN only; audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { admin, refusal } = await adminForRoute();
  if (refusal) return refusal;
  const { id } = await params;
  const document = await getMemberExport(admin, id);
  if (!document) return plainText("Medlemmet findes ikke.", 404);
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
