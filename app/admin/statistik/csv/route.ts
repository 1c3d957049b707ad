import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/data";
import { getSession } from "@/lib/auth/session";
import { statisticsCsv } from "@/lib/statistics/csv";
import { yearlyFigures } from "@/lib/statistics/data";
import { parseYear } from "@/lib/statistics/rules";

// The anonymous yearly figures as CSV (?aar=2026). ADMIN only; every export is audited.
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getSession();
  if (!user || user.role !== "ADMIN") {
    return new Response("Du har ikke adgang til dette.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const year = parseYear(request.nextUrl.searchParams.get("aar") ?? undefined);
  const figures = await yearlyFigures(year);
  await recordAudit({ actorUserId: user.id, action: "statistics.export", entityType: "Statistics", entityId: String(year) });
  return new Response(statisticsCsv(figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="selvhjaelp-herning-statistik-${year}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

export const dynamic = "force-dynamic";
