import { getSession } from "@/lib/auth/session";
import { registerCsv } from "@/lib/members/csv";
import { exportRegister } from "@/lib/members/data";

// The member register as CSV (no groups, no applications). ADMIN only; every export is audited.
export async function GET(): Promise<Response> {
  const user = await getSession();
  if (!user || user.role !== "ADMIN") {
    return new Response("Du har ikke adgang til dette.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const rows = await exportRegister();
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(registerCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="medlemmer-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

export const dynamic = "force-dynamic";
