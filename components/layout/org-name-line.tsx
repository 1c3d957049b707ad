import { getIdentity } from "@/lib/settings/data";

/** The organisation's name above the sign-in and password pages, which have no site header. */
export async function OrgNameLine({ className = "text-lg font-semibold text-brand-800" }: { className?: string }) {
  const { orgName } = await getIdentity();
  return <p className={className}>{orgName}</p>;
}
