import { withAuth } from "next-auth/middleware";

// Only the first door: every admin page, data function and server action checks the role itself.
export default withAuth({ pages: { signIn: "/login" } });

export const config = { matcher: ["/admin/:path*"] };
