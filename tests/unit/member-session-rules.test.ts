import { describe, expect, it } from "vitest";
import {
  linkExpiry,
  memberLinkState,
  sessionIsValid,
  sessionNeedsTouch,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
  SIGN_IN_LINK_MINUTES,
  staleSessionCutoffs,
} from "@/lib/member-session/rules";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("member links", () => {
  it("a sign-in link lasts 30 minutes, an email-change link a day", () => {
    expect(linkExpiry("SIGN_IN", now).getTime() - now.getTime()).toBe(SIGN_IN_LINK_MINUTES * 60_000);
    expect(linkExpiry("EMAIL_CHANGE", now).getTime() - now.getTime()).toBe(24 * 3600_000);
  });

  it("is valid only for its own purpose, unused and unexpired", () => {
    const link = { purpose: "SIGN_IN", usedAt: null, expiresAt: new Date(now.getTime() + 1000) };
    expect(memberLinkState(link, "SIGN_IN", now)).toBe("valid");
    expect(memberLinkState(link, "EMAIL_CHANGE", now)).toBe("unknown");
    expect(memberLinkState({ ...link, usedAt: ago(1) }, "SIGN_IN", now)).toBe("used");
    expect(memberLinkState({ ...link, expiresAt: now }, "SIGN_IN", now)).toBe("expired");
    expect(memberLinkState(null, "SIGN_IN", now)).toBe("unknown");
  });
});

describe("member sessions", () => {
  it("end after an hour idle or eight hours in all", () => {
    expect(sessionIsValid({ createdAt: ago(10), lastSeenAt: ago(SESSION_IDLE_MINUTES - 1) }, now)).toBe(true);
    expect(sessionIsValid({ createdAt: ago(10), lastSeenAt: ago(SESSION_IDLE_MINUTES) }, now)).toBe(false);
    expect(sessionIsValid({ createdAt: ago(SESSION_MAX_HOURS * 60 - 1), lastSeenAt: ago(0) }, now)).toBe(true);
    expect(sessionIsValid({ createdAt: ago(SESSION_MAX_HOURS * 60), lastSeenAt: ago(0) }, now)).toBe(false);
  });

  it("write their last use at most every five minutes, and the purge cutoffs match validity", () => {
    expect(sessionNeedsTouch({ lastSeenAt: ago(4) }, now)).toBe(false);
    expect(sessionNeedsTouch({ lastSeenAt: ago(5) }, now)).toBe(true);
    const { idleBefore, startedBefore } = staleSessionCutoffs(now);
    expect(idleBefore).toEqual(ago(SESSION_IDLE_MINUTES));
    expect(startedBefore).toEqual(ago(SESSION_MAX_HOURS * 60));
  });
});
