import { z } from "./z";
import { requiredText } from "./fields";
import { cityDistrictsField } from "./city-districts";
import { mailFromField } from "./new-city";

// What the province administrator may change of a city after creating it (issue 22): its names,
// its bureau's names and sender, and its districts (the whole list, as on creation). Not its
// identifier (it is in every public address and API path) nor its division codes (they decide
// which city every organisation and credit code belongs to: a change is a move of organisations,
// lib/organisations, not an edit). Messages are keys of the "validation" namespace.
export const cityDetailsSchema = z.object({
  cityId: requiredText(40),
  nameZh: requiredText(40),
  nameEn: requiredText(80),
  bureauNameZh: requiredText(60),
  bureauNameEn: requiredText(120),
  mailFrom: mailFromField,
  districts: cityDistrictsField,
});

export type CityDetailsInput = z.input<typeof cityDetailsSchema>;
export type CityDetails = z.output<typeof cityDetailsSchema>;
