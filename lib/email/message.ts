/** One email as the features build it (pure builders in lib/<feature>/emails.ts). */
export type EmailMessage = {
  to: string;
  subject: string;
  /** The mail as the recipient gets it. */
  text: string;
  /**
   * The same mail with its secret link replaced, when it carries one (an invitation, a confirmation
   * link): the outbox shows this, and the real text is kept only sealed until it is sent.
   */
  outboxText?: string;
};
