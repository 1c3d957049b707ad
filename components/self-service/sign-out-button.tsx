import { Button } from "@/components/forms/buttons";
import { signOut } from "@/lib/self-service/actions";

/** Ends the session on the server and in this browser. A plain form: works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <Button type="submit" variant="secondary">
        Log ud
      </Button>
    </form>
  );
}
