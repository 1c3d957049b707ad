import "server-only";
// The member signed in to their own page, for pages, route handlers and the command pipeline
// (lib/command/perform.ts). Separate from the staff session (lib/auth/session.ts): a member never has
// a role, and no staff page or command reads this.
import { cache } from "react";
import type { MemberActor } from "./actor";
import { readMemberSessionCookie } from "./cookie";
import { findMemberSession } from "./data";

/** Cached per request (React cache): one read however many parts of the page ask. */
export const getMemberSession = cache(async (): Promise<MemberActor | null> => findMemberSession(await readMemberSessionCookie()));
