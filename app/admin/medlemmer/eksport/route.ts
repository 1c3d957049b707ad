import { adminForRoute } from "@/lib/auth/admin-route";
import { registerCsvHead, registerCsvLines } from "@/lib/members/csv";
import { exportRegisterChunks } from "@/lib/members/export-data";

// The member register as CSV (no groups, no applications). ADMIN only; every export is audited. The file
// is streamed a chunk of members at a time, so other requests are served while a large register exports.
export async function GET(): Promise<Response> {
  const { admin, refusal } = await adminForRoute();
  if (refusal) return refusal;
  const chunks = exportRegisterChunks(admin);
  const encoder = new TextEncoder();
  // The first chunk (and the audit row) is read before answering, so a failure still answers an error page.
  const first = await chunks.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(registerCsvHead() + (first.done ? "" : registerCsvLines(first.value))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(registerCsvLines(next.value)));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="medlemmer-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

export const dynamic = "force-dynamic";
