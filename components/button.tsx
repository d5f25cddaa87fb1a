import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

/** The look of a button, also for a link that acts as one (<Link className={buttonClass()}>). */
export function buttonClass(variant: Variant = "primary", className?: string): string {
  return clsx(
    "inline-flex items-center justify-center rounded px-4 py-2 text-sm font-medium disabled:opacity-60",
    variant === "primary" && "bg-brand-700 text-white hover:bg-brand-800",
    variant === "secondary" && "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
    variant === "danger" && "bg-red-700 text-white hover:bg-red-800",
    className,
  );
}

export function Button({ variant = "primary", className, ...props }: ButtonProps) {
  return <button className={buttonClass(variant, className)} {...props} />;
}
