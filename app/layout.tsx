import type { Metadata, Viewport } from "next";
import { getIdentity } from "@/lib/settings/data";
import "./globals.css";

/** Every page's title ends with the organisation's name (a settings change revalidates every page). */
export async function generateMetadata(): Promise<Metadata> {
  const { orgName } = await getIdentity();
  return {
    title: { default: orgName, template: `%s · ${orgName}` },
    description: `${orgName} samler mennesker i små selvhjælpsgrupper om sorg, sygdom, pårørende, ensomhed, skilsmisse og meget mere.`,
    openGraph: { siteName: orgName, locale: "da_DK", type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5c63" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
