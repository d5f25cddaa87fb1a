"use client";

import { ActionButton } from "@/components/action-button";
import { revokeStaffPostAction } from "./actions";

/** Takes a post in another city back (the action refuses the post the account works in now). */
export function RevokePostButton({ postId, label, ariaLabel }: { postId: string; label: string; ariaLabel: string }) {
  return <ActionButton run={() => revokeStaffPostAction({ postId })} label={label} ariaLabel={ariaLabel} clearErrorOnRetry />;
}
