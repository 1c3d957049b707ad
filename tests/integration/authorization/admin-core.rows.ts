import { db } from "@/lib/db";
import { savePageContent } from "@/lib/content/actions";
import { changeOwnPassword, inviteUser, resendInvite, sendPasswordLink, setUserActive } from "@/lib/users/actions";
import { TEST_PASSWORD } from "../../helpers/fixtures";
import type { AuthzRow } from "./types";

let n = 0;

export const rows: AuthzRow[] = [
  {
    action: "lib/users/actions#changeOwnPassword",
    allowed: "USER",
    call: () => changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: "en-ny-lang-kode-42", confirmPassword: "en-ny-lang-kode-42" }),
  },
  {
    action: "lib/users/actions#inviteUser",
    allowed: "ADMIN",
    call: () => inviteUser({ name: "Ny Igangsætter", email: `ny-${n++}@example.dk`, role: "FACILITATOR", courseCompletedAt: "" }),
  },
  {
    action: "lib/users/actions#resendInvite",
    allowed: "ADMIN",
    call: async () => {
      const user = await db.user.create({ data: { email: `inviteret-${n++}@example.dk`, name: "Inviteret", role: "FACILITATOR" } });
      return resendInvite({ userId: user.id });
    },
  },
  {
    action: "lib/users/actions#sendPasswordLink",
    allowed: "ADMIN",
    call: (world) => sendPasswordLink({ userId: world.facilitatorB.user.id }),
  },
  {
    action: "lib/users/actions#setUserActive",
    allowed: "ADMIN",
    call: (world) => setUserActive({ userId: world.facilitatorB.user.id, active: false }),
  },
  {
    action: "lib/content/actions#savePageContent",
    allowed: "ADMIN",
    call: async () => {
      await db.pageContent.upsert({
        where: { slug: "hvad-er-en-selvhjaelpsgruppe" },
        update: {},
        create: { slug: "hvad-er-en-selvhjaelpsgruppe", title: "Hvad er en selvhjælpsgruppe?", body: "Tekst." },
      });
      return savePageContent({ slug: "hvad-er-en-selvhjaelpsgruppe", title: "Hvad er en selvhjælpsgruppe?", body: "Ny tekst." });
    },
  },
];
