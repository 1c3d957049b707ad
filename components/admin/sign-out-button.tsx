import { signOut } from "@/lib/users/actions";

/** A form post to the sign-out server action: the session ends on the server, then the cookie goes. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-base font-medium text-brand-800 hover:bg-brand-50">
        Log ud
      </button>
    </form>
  );
}
