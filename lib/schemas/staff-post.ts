import { z } from "./z";
import { emailField } from "./fields";
import { STAFF_POST_ROLES } from "@/lib/users/staff-posts/staff-post-roles";

// A staff account's posts in several cities (issue 22: "a user with roles in two cities, rare: a
// vendor's account, switches explicitly"). Messages are keys of the "validation" namespace.


/** The province administrator gives an existing bureau account a post in another city. */
export const grantStaffPostSchema = z.object({
  email: emailField,
  cityId: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(40, "invalid")),
  role: z.enum(STAFF_POST_ROLES, "required"),
});
export type GrantStaffPostInput = z.input<typeof grantStaffPostSchema>;

/** A post taken back by the province administrator. */
export const staffPostRefSchema = z.object({ postId: z.uuid("invalid") });
export type StaffPostRefInput = z.input<typeof staffPostRefSchema>;

/** The city a staff member switches to: one where the account holds a post. */
export const switchCitySchema = z.object({ cityId: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(40, "invalid")) });
export type SwitchCityInput = z.input<typeof switchCitySchema>;
