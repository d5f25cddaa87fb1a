// The cities the bench seed spreads its data over (issue 22: "the bench city can be seeded as
// several cities and the queue ratio holds"). The first is always the built-in Nanchang, whose
// reviewer the bench measures; the others only share its tables, so that the queue's city filter
// and its indexes have other cities' rows to skip.
import { BUILT_IN_CITY_ID } from "../../lib/cities/find-city";
import { SECOND_CITY, SECOND_CITY_DISTRICTS } from "../../prisma/seed/second-city";

export interface BenchCity {
  id: string;
  nameZh: string;
  nameEn: string;
  /** The short name in organisation and bank names ("南昌" in "南昌赣江软件有限公司"). */
  shortZh: string;
  divisionPrefixes: string[];
  bureauNameZh: string;
  bureauNameEn: string;
  /** Six-digit region codes inside the city: credit codes and resident IDs are made from them. */
  regions: string[];
  districts: readonly string[];
  colleges: string[];
  /**
   * Distinguishes the city's generated identifiers (contract, certificate and batch numbers,
   * e-mail domains). Empty for Nanchang, so that its rows are byte for byte what the one-city
   * seed wrote; another city's contract numbers must differ from Nanchang's, or the queue's
   * duplicate-contract flag would match across cities.
   */
  tag: string;
}

const NANCHANG: BenchCity = {
  id: BUILT_IN_CITY_ID,
  nameZh: "南昌市",
  nameEn: "Nanchang",
  shortZh: "南昌",
  divisionPrefixes: ["3601"],
  bureauNameZh: "南昌市商务局",
  bureauNameEn: "Nanchang Municipal Bureau of Commerce",
  regions: ["360102", "360103", "360104", "360111", "360112", "360113", "360121", "360123", "360124", "360199"],
  // Read from the database by the seed once migrated: the migration that made districts data lists them.
  districts: [],
  colleges: ["南昌大学", "江西财经大学", "江西师范大学", "华东交通大学", "南昌航空大学", "江西科技师范大学", "南昌职业大学"],
  tag: "",
};

// Changsha is the demo's second city (prisma/seed/second-city.ts, with its own policy and district
// list, which the seed writes). The cities after it have no district list: their organisations
// carry placeholder codes, which no measured page shows (the bench reads as Nanchang's reviewer).
const EXTRA: BenchCity[] = [
  {
    ...SECOND_CITY,
    divisionPrefixes: [...SECOND_CITY.divisionPrefixes],
    shortZh: "长沙",
    regions: ["430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181", "430182"],
    districts: SECOND_CITY_DISTRICTS.map((d) => d.code),
    colleges: ["中南大学", "湖南大学", "湖南师范大学", "长沙理工大学", "湖南商学院"],
    tag: "CS",
  },
  {
    id: "wuhan",
    nameZh: "武汉市",
    nameEn: "Wuhan",
    shortZh: "武汉",
    divisionPrefixes: ["4201"],
    bureauNameZh: "武汉市商务局",
    bureauNameEn: "Wuhan Municipal Bureau of Commerce",
    regions: ["420102", "420103", "420104", "420105", "420106", "420111", "420112", "420115"],
    districts: ["BENCH_WH_JIANGAN", "BENCH_WH_JIANGHAN", "BENCH_WH_WUCHANG", "BENCH_WH_HONGSHAN", "BENCH_WH_DONGHU"],
    colleges: ["武汉大学", "华中科技大学", "武汉理工大学", "华中师范大学"],
    tag: "WH",
  },
  {
    id: "hefei",
    nameZh: "合肥市",
    nameEn: "Hefei",
    shortZh: "合肥",
    divisionPrefixes: ["3401"],
    bureauNameZh: "合肥市商务局",
    bureauNameEn: "Hefei Municipal Bureau of Commerce",
    regions: ["340102", "340103", "340104", "340111", "340121", "340122"],
    districts: ["BENCH_HF_YAOHAI", "BENCH_HF_LUYANG", "BENCH_HF_SHUSHAN", "BENCH_HF_BAOHE"],
    colleges: ["中国科学技术大学", "合肥工业大学", "安徽大学"],
    tag: "HF",
  },
  {
    id: "fuzhou",
    nameZh: "福州市",
    nameEn: "Fuzhou",
    shortZh: "福州",
    divisionPrefixes: ["3501"],
    bureauNameZh: "福州市商务局",
    bureauNameEn: "Fuzhou Municipal Bureau of Commerce",
    regions: ["350102", "350103", "350104", "350105", "350111", "350121"],
    districts: ["BENCH_FZ_GULOU", "BENCH_FZ_TAIJIANG", "BENCH_FZ_CANGSHAN", "BENCH_FZ_MAWEI"],
    colleges: ["福州大学", "福建师范大学", "闽江学院"],
    tag: "FZ",
  },
];

export const MAX_BENCH_CITIES = 1 + EXTRA.length;

/**
 * The first `count` bench cities, Nanchang first. `count` comes from BENCH_CITIES (a whole number
 * from 1 to MAX_BENCH_CITIES); anything else is refused rather than silently seeding another size.
 */
export function benchCities(count: string | number | undefined): BenchCity[] {
  const n = count === undefined || count === "" ? 1 : Number(count);
  if (!Number.isInteger(n) || n < 1 || n > MAX_BENCH_CITIES) throw new Error(`BENCH_CITIES must be a whole number from 1 to ${MAX_BENCH_CITIES}, not "${count}"`);
  return [NANCHANG, ...EXTRA].slice(0, n);
}

/** Regions of enterprises registered outside every bench city (a tenth of each city's enterprises, as in the one-city seed). */
export const OUTSIDE_REGIONS = ["440300", "310115", "330106"];
