import { describe, expect, it } from "vitest";
import { BACKOFF_MS, errorKind, MAX_ATTEMPTS, nextAttemptAfterFailure } from "@/lib/email/rules";
import { deliveryStatus, errorKindLabel } from "@/lib/outbox/labels";

const MIN = 60_000;
const now = new Date("2026-12-01T10:00:00Z");

describe("when a failed mail is tried again", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, 6 h and 12 h, then gives up after the 7th attempt", () => {
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => nextAttemptAfterFailure(i + 1, now)!.getTime() - now.getTime());
    expect(waits).toEqual([1, 5, 30, 120, 360, 720].map((m) => m * MIN));
    expect(BACKOFF_MS).toHaveLength(MAX_ATTEMPTS - 1);
    expect(nextAttemptAfterFailure(MAX_ATTEMPTS, now)).toBeNull();
    expect(nextAttemptAfterFailure(MAX_ATTEMPTS + 3, now)).toBeNull();
  });
});

describe("what is recorded about a failure", () => {
  it("keeps the code or the name and the SMTP reply code, never the message", () => {
    const refused = Object.assign(new Error("Connection refused: 127.0.0.1:2525 for karen@example.dk"), { code: "ECONNECTION" });
    expect(errorKind(refused)).toBe("ECONNECTION");
    const rejected = Object.assign(new Error("550 5.1.1 <karen@example.dk>: Recipient address rejected"), { code: "EENVELOPE", responseCode: 550 });
    expect(errorKind(rejected)).toBe("EENVELOPE 550");
    expect(errorKind(new TypeError("karen@example.dk"))).toBe("TypeError");
    // A code or name that could carry text is not copied.
    expect(errorKind(Object.assign(new Error("x"), { code: "karen@example.dk", name: "Hej Karen" }))).toBe("Error");
    expect(errorKind("karen@example.dk")).toBe("Error");
    expect(errorKind(null)).toBe("Error");
  });
});

describe("the delivery state the outbox shows", () => {
  const waiting = { sentAt: null, failedAt: null, attempts: 0 };
  it("names each state in Danish", () => {
    expect(deliveryStatus({ ...waiting, sentAt: new Date("2026-12-01T09:05:00Z"), attempts: 2 }, true)).toBe("Sendt 1. dec. 2026, 10.05");
    expect(deliveryStatus(waiting, true)).toBe("Venter (forsøg 1)");
    expect(deliveryStatus({ ...waiting, attempts: 2 }, true)).toBe("Venter (forsøg 3)");
    expect(deliveryStatus({ ...waiting, failedAt: now, attempts: 7 }, true)).toBe("Opgivet efter 7 forsøg");
    expect(deliveryStatus({ ...waiting, failedAt: now }, true)).toBe("Opgivet – for gammel til at blive sendt");
    expect(deliveryStatus(waiting, false)).toBe("Gemt i udbakken (ingen mailserver)");
    // A mail sent while a mail server was set up stays "Sendt" after it is removed.
    expect(deliveryStatus({ ...waiting, sentAt: now }, false)).toMatch(/^Sendt /);
  });

  it("explains the kind of the last failure", () => {
    expect(errorKindLabel("ECONNECTION")).toBe("Mailserveren kunne ikke nås (ECONNECTION).");
    expect(errorKindLabel("EENVELOPE 550")).toBe("Mailserveren afviste afsender eller modtager (EENVELOPE 550).");
    expect(errorKindLabel("Whatever")).toBe("Afsendelsen fejlede (Whatever).");
  });
});
