import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPage } from "@/components/public-page";
import { getPrisma } from "@/lib/db";
import { findOpenInvitation } from "@/lib/organisations/invitations/find-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const invitation = await findOpenInvitation(getPrisma(), token);
  if (!invitation) {
    return (
      <PublicPage>
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p className="mt-2">{t("invalidBody")}</p>
        <Link href="/login" className="mt-4 inline-block text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </PublicPage>
    );
  }
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold">{t("acceptTitle", { organisation: invitation.organisation.nameZh })}</h1>
      <p className="mt-2">{t("acceptIntro", { email: invitation.email })}</p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </PublicPage>
  );
}
