import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Selvhjælp Herning", template: "%s · Selvhjælp Herning" },
  description: "Selvhjælp Herning samler mennesker i små selvhjælpsgrupper om sorg, sygdom, pårørende, ensomhed, skilsmisse og meget mere.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5c63" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
