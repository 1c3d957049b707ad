import Link from "next/link";
import type { ButtonHTMLAttributes } from "react";

const base = "inline-flex items-center justify-center rounded px-5 py-2.5 font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60";
const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 hover:text-white",
  secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:opacity-90",
};

type Variant = keyof typeof variants;

export function Button({ variant = "primary", className = "", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...rest} />;
}

export function ButtonLink({ href, variant = "primary", children }: { href: string; variant?: Variant; children: React.ReactNode }) {
  return (
    <Link prefetch={false} href={href} className={`${base} ${variants[variant]}`}>
      {children}
    </Link>
  );
}
