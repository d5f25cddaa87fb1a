// The reviewer type lives with the other actors; this keeps the review operations' imports short.
export type { Reviewer } from "@/lib/auth/actors";
