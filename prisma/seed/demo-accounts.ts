/** The demo logins printed in the README. All share one password (factories.ts DEMO_PASSWORD). */
export const DEMO_ACCOUNTS = {
  administrator: "admin@demo.nc.gov.cn",
  /** Confirms the first administrator's role grants (a bureau role needs two administrators). */
  secondAdministrator: "admin2@demo.nc.gov.cn",
  reviewer: "reviewer@demo.nc.gov.cn",
  secondReviewer: "reviewer2@demo.nc.gov.cn",
  enterpriseGanjiang: "ganjiang@demo.example",
  enterpriseHongcheng: "hongcheng@demo.example",
  enterpriseShenzhen: "haian@demo.example",
  /** Issue 18: has no claim, but the imported statistics put its 2025 above the threshold (a pre-filled claim waits). */
  enterpriseXianghu: "xianghu@demo.example",
  institutionYuzhang: "yuzhang@demo.example",
  institutionTengwang: "tengwang@demo.example",
  /** The second city of the demo (Changsha, issue 22): its own bureau and an enterprise. */
  secondCityAdministrator: "admin@demo.cs.gov.cn",
  secondCitySecondAdministrator: "admin2@demo.cs.gov.cn",
  secondCityReviewer: "reviewer@demo.cs.gov.cn",
  enterpriseChangsha: "xiangjiang@demo.example",
  /** Issue 22: the province's administrator: creates cities, sees cross-city totals. */
  provinceAdministrator: "province@demo.example",
  /** Issue 22: a vendor's reviewer working for both bureaus (Nanchang now, a post in Changsha): the city switcher. */
  twoCityReviewer: "vendor-reviewer@demo.example",
} as const;
