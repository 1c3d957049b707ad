// next-auth's session cookie: "__Secure-" prefixed when the site runs on https. A plain module of its
// own, so next.config.mjs's rewrites (lib/cache/public-rewrites.mjs) read the same names as the app.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
