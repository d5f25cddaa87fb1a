// The choices of the trainee form, without zod: the form renders them at once, while its schema
// (./trainee.ts) is loaded lazily (components/use-action-form.ts).
export const COLLEGE_LEVELS = ["UNDERGRADUATE", "JUNIOR_COLLEGE", "POSTGRADUATE", "VOCATIONAL"] as const;
export const STUDENT_STATUSES = ["STUDENT", "GRADUATE", "NOT_A_STUDENT"] as const;
