// Called once when a Next.js server process starts (next start, next dev). In the Node.js runtime it
// starts the email delivery timer (lib/email/worker.ts): every 60 s the process sends what is due in
// the outbox, so a mail whose immediate delivery was cut short (a crash, a restart, a mail server that
// was down) still goes out. Without SMTP_URL the timer finds nothing to do.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDeliveryTimer } = await import("./lib/email/worker");
    startDeliveryTimer();
  }
}
