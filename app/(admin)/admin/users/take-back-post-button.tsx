"use client";

import { ActionButton } from "@/components/action-button";
import { takeBackCityPostAction } from "./actions";

/** Takes the city's post back from an account working in another city now. */
export function TakeBackPostButton({ postId, label, ariaLabel }: { postId: string; label: string; ariaLabel: string }) {
  return <ActionButton run={() => takeBackCityPostAction({ postId })} label={label} ariaLabel={ariaLabel} clearErrorOnRetry />;
}
