import "server-only";
import { db } from "@/lib/db";
import { findMemberLink } from "@/lib/member-session/data";
import { MEMBER_TOKEN, memberLinkState, type MemberLinkPurpose, type MemberLinkState } from "@/lib/member-session/rules";

/** What a link's page may show before the button is pressed: whether the link still works, nothing about whose it is. */
export async function memberLinkStateOf(token: string, purpose: MemberLinkPurpose, now = new Date()): Promise<MemberLinkState> {
  if (!MEMBER_TOKEN.test(token)) return "unknown";
  return memberLinkState(await findMemberLink(db, token), purpose, now);
}
