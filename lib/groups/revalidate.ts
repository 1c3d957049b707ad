import "server-only";
import { revalidatePath } from "next/cache";

/** Every page that shows a group: the public catalogue and group page, and the admin and facilitator pages. */
export function revalidateGroupPages(groupId: string, slug: string | null) {
  revalidatePath("/grupper");
  if (slug) revalidatePath(`/grupper/${slug}`);
  revalidatePath("/admin");
  revalidatePath("/admin/grupper");
  revalidatePath(`/admin/grupper/${groupId}`);
  revalidatePath("/admin/mine-grupper");
  revalidatePath(`/admin/mine-grupper/${groupId}`);
  revalidatePath("/admin/igangsaettere");
}
