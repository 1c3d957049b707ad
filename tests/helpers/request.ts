// The request state a test controls: who is signed in, the caller's IP, and what was revalidated.
type Token = { userId: string; authTime: number; sessionId: string } | null;

const newSessionId = () => `test-session-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

const nowSeconds = () => Math.floor(Date.now() / 1000);

const state = {
  token: null as Token,
  ip: "203.0.113.10",
  revalidated: [] as string[],
};

export function resetRequestState() {
  state.token = null;
  state.ip = "203.0.113.10";
  state.revalidated = [];
}

/** Act as this user (by id) in the following calls; null = anonymous. Signed in now unless `authTime` (epoch seconds) says when. */
export function signInAs(userId: string | null, opts: { authTime?: number; sessionId?: string } = {}) {
  state.token = userId ? { userId, authTime: opts.authTime ?? nowSeconds(), sessionId: opts.sessionId ?? newSessionId() } : null;
}

/** The current session's token (as a stolen copy of the cookie would carry it); null = anonymous. */
export function currentToken(): Token {
  return state.token ? { ...state.token } : null;
}

export function setClientIp(ip: string) {
  state.ip = ip;
}

export function revalidatedPaths(): string[] {
  return [...state.revalidated];
}

export const nextCacheMock = {
  revalidatePath: (p: string) => {
    state.revalidated.push(p);
  },
  revalidateTag: (t: string) => {
    state.revalidated.push(`tag:${t}`);
  },
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

export const nextHeadersMock = {
  headers: async () => new Headers({ "x-forwarded-for": state.ip, "x-real-ip": state.ip }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
};

export const sessionTokenMock = {
  readSessionToken: async () => state.token,
  startSession: async (user: { id: string }) => {
    state.token = { userId: user.id, authTime: nowSeconds(), sessionId: newSessionId() };
  },
  // Like the real one: the current session gets a fresh sign-in time.
  renewSessionToken: async () => {
    if (state.token) state.token = { ...state.token, authTime: nowSeconds() };
  },
  // Like the real one: this browser no longer carries the cookie (a copied token may still be replayed with signInAs).
  clearSessionCookie: async () => {
    state.token = null;
  },
};

/** Where a page sent the caller (Next's redirect() throws with the target in its digest), or null. */
export async function redirectOf(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}
