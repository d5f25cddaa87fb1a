import { getTranslations } from "next-intl/server";

/** A plain form posting to app/sign-out/route.ts: signing out needs no JavaScript and cannot be lost. */
export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form method="post" action="/sign-out">
      <button type="submit" className="rounded border border-white/60 px-3 py-1 text-sm text-white hover:bg-white/10">
        {t("signOut")}
      </button>
    </form>
  );
}
