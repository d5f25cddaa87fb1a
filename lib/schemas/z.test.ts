import { describe, expect, it } from "vitest";
import { loginSchema } from "./login";
import { profileSchema } from "./profile";
import { z } from "./z";

/** The first message per field, as the forms show it (lib/actions/action-client.ts keeps the first too). */
function messagesOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  const messages: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) messages[issue.path.join(".")] ??= issue.message;
  return messages;
}

describe("validation messages of input the schemas name no message for", () => {
  it("a missing field is 'required' and a wrong-typed one 'invalid', never zod's English sentence", () => {
    expect(messagesOf(loginSchema.safeParse({ email: 42 }))).toEqual({ email: "invalid", password: "required" });
  });

  it("a field's own message still wins", () => {
    expect(messagesOf(loginSchema.safeParse({ email: "", password: "x" }))).toEqual({ email: "required" });
  });

  it("holds for every shape a form sends (an array where text belongs, an object, null)", () => {
    const messages = messagesOf(profileSchema.safeParse({ nameZh: ["a"], district: { x: 1 }, address: null }));
    expect(Object.values(messages).every((m) => /^[a-zA-Z]+$/.test(m) && m !== "Invalid input")).toBe(true);
    expect(messages.nameZh).toBe("invalid");
  });

  it("a too long string without its own message is 'tooLong'", () => {
    expect(messagesOf(z.object({ code: z.string().check(z.maxLength(3)) }).safeParse({ code: "abcd" }))).toEqual({ code: "tooLong" });
  });
});
