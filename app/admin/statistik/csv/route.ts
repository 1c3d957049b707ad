import type { NextRequest } from "next/server";
import { adminForRoute } from "@/lib/auth/admin-route";
import { statisticsCsv } from "@/lib/statistics/csv";
import { exportYearlyFigures } from "@/lib/statistics/data";
import { parseYear } from "@/lib/statistics/rules";
import { getIdentity } from "@/lib/settings/data";
import { fileSlug } from "@/lib/settings/identity";

// The anonymous yearly figures as CSV (?aar=2026). ADMIN only; every export is audited.
export async function GET(request: NextRequest): Promise<Response> {
  const { admin, refusal } = await adminForRoute();
  if (refusal) return refusal;
  const year = parseYear(request.nextUrl.searchParams.get("aar") ?? undefined);
  const [figures, org] = await Promise.all([exportYearlyFigures(admin, year), getIdentity()]);
  return new Response(statisticsCsv(figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileSlug(org)}-statistik-${year}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

export const dynamic = "force-dynamic";
