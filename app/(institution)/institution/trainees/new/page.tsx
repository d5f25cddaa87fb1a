import { getTranslations } from "next-intl/server";
import { RegisterTraineeForm } from "@/app/(institution)/institution/_components/trainee-form";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { registerTraineeAction } from "../actions";

export default async function NewTraineePage() {
  await requireOrganisationMember("TRAINING_INSTITUTION");
  const t = await getTranslations("trainee");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("registerTitle")}</h1>
      <RegisterTraineeForm action={registerTraineeAction} />
    </>
  );
}
