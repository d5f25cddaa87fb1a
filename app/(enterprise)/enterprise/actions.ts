"use server";

import { z } from "zod";
import { enterpriseAction } from "@/lib/actions/action-client";
import { uploadBusinessLicenceForm } from "@/lib/organisations/upload-business-licence-form";

/** The business licence for vetting (components/organisation/vetting-status.tsx on the start page). */
export const uploadBusinessLicenceAction = enterpriseAction(z.instanceof(FormData), uploadBusinessLicenceForm("/enterprise"));
