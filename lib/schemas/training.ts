import { z } from "./z";
import { isoDateField, pastOrTodayDateField } from "./money";
import { optionalText, requiredText } from "./fields";

/** A course, its exam and (when passed) the certificate. Dates are ISO calendar dates (CST). */
export const trainingRecordSchema = z
  .object({
    traineeId: z.uuid(),
    courseName: requiredText(120),
    startDate: isoDateField,
    endDate: isoDateField,
    examPassed: z.boolean(),
    certificateNo: optionalText(60),
    certificateIssuedOn: z.pipe(
      z.pipe(
        z.optional(z.string().check(z.trim())),
        z.transform((v: string | undefined) => (v ? v : undefined)),
      ),
      z.optional(pastOrTodayDateField),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.endDate <= value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
      if (value.certificateNo && !value.examPassed) {
        ctx.addIssue({ code: "custom", path: ["examPassed"], message: "certificateWithoutExam" });
      }
      if (value.certificateNo && !value.certificateIssuedOn) {
        ctx.addIssue({ code: "custom", path: ["certificateIssuedOn"], message: "required" });
      }
      if (!value.certificateNo && value.certificateIssuedOn) {
        ctx.addIssue({ code: "custom", path: ["certificateNo"], message: "required" });
      }
      if (value.certificateIssuedOn && value.certificateIssuedOn < value.startDate) {
        ctx.addIssue({ code: "custom", path: ["certificateIssuedOn"], message: "certificateBeforeTraining" });
      }
    }),
  );

export type TrainingRecordInput = z.input<typeof trainingRecordSchema>;
export type TrainingRecordData = z.output<typeof trainingRecordSchema>;
