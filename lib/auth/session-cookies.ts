// next-auth's session cookie: "__Secure-" prefixed when the site runs on https. A module of its own, so
// proxy.ts can read the names without pulling in next-auth (proxy.ts's matcher writes them out too).
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
