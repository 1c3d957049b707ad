import { adminForRoute } from "@/lib/auth/admin-route";
import { registerCsv } from "@/lib/members/csv";
import { exportRegister } from "@/lib/members/data";

// The member register as CSV (no groups, no applications). ADMIN only; every export is audited.
export async function GET(): Promise<Response> {
  const { admin, refusal } = await adminForRoute();
  if (refusal) return refusal;
  const rows = await exportRegister(admin);
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
