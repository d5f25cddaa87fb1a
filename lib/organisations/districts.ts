/** Nanchang's districts, counties and development zones, and one value for everywhere else. */
export const NANCHANG_DISTRICTS = [
  "DONGHU",
  "XIHU",
  "QINGYUNPU",
  "QINGSHANHU",
  "XINJIAN",
  "HONGGUTAN",
  "NANCHANG_COUNTY",
  "JINXIAN",
  "ANYI",
  "HIGH_TECH_ZONE",
  "ECONOMIC_DEVELOPMENT_ZONE",
] as const;

export const OUTSIDE_NANCHANG = "OUTSIDE_NANCHANG" as const;
export const DISTRICTS = [...NANCHANG_DISTRICTS, OUTSIDE_NANCHANG] as const;
export type District = (typeof DISTRICTS)[number];
