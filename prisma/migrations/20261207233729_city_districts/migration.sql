-- Several cities (issue 22): each city's districts become data (CityDistrict), so that a city the
-- province administrator adds has its own list and its applicants can sign up. Until now the lists
-- were code (lib/organisations/districts.ts) with their names in messages/*/district.json; the
-- codes stay the same, so every Organisation."district" keeps its meaning. "OUTSIDE_NANCHANG"
-- ("outside every city", one-city deployments only) is no city's district: it stays a fixed code
-- in code and messages, and a city may not use it.
--
-- No row-level security on this table: the lists are public (the sign-up form shows every served
-- city's to visitors, outside any city), and it is written only here, by the seed and by the
-- province administrator's city creation.

-- CreateTable
CREATE TABLE "CityDistrict" (
    "cityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CityDistrict_pkey" PRIMARY KEY ("cityId","code")
);

-- CreateIndex
CREATE UNIQUE INDEX "CityDistrict_cityId_position_key" ON "CityDistrict"("cityId", "position");

-- AddForeignKey
ALTER TABLE "CityDistrict" ADD CONSTRAINT "CityDistrict_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Codes as the forms and exports carry them; names never blank; the reserved "outside" code is no city's.
ALTER TABLE "CityDistrict" ADD CONSTRAINT "CityDistrict_code_shape" CHECK ("code" ~ '^[A-Z][A-Z0-9_]{0,39}$' AND "code" <> 'OUTSIDE_NANCHANG');
ALTER TABLE "CityDistrict" ADD CONSTRAINT "CityDistrict_names" CHECK (btrim("nameZh") <> '' AND btrim("nameEn") <> '');

-- Nanchang (created by migration 20261207044143_cities): its districts, counties and development
-- zones, with the names messages/*/district.json gave them.
INSERT INTO "CityDistrict" ("cityId", "code", "nameZh", "nameEn", "position") VALUES
  ('nanchang', 'DONGHU', '东湖区', 'Donghu District', 1),
  ('nanchang', 'XIHU', '西湖区', 'Xihu District', 2),
  ('nanchang', 'QINGYUNPU', '青云谱区', 'Qingyunpu District', 3),
  ('nanchang', 'QINGSHANHU', '青山湖区', 'Qingshanhu District', 4),
  ('nanchang', 'XINJIAN', '新建区', 'Xinjian District', 5),
  ('nanchang', 'HONGGUTAN', '红谷滩区', 'Honggutan District', 6),
  ('nanchang', 'NANCHANG_COUNTY', '南昌县', 'Nanchang County', 7),
  ('nanchang', 'JINXIAN', '进贤县', 'Jinxian County', 8),
  ('nanchang', 'ANYI', '安义县', 'Anyi County', 9),
  ('nanchang', 'HIGH_TECH_ZONE', '南昌高新技术产业开发区', 'Nanchang High-tech Zone', 10),
  ('nanchang', 'ECONOMIC_DEVELOPMENT_ZONE', '南昌经济技术开发区', 'Nanchang Economic and Technological Development Zone', 11);

-- Changsha is the demo's second city, created by the seed (prisma/seed/second-city.ts), which
-- also gives it its districts. A database seeded before this migration already has the city but
-- no list: give it the list the code held, or its sign-ups would offer nothing.
INSERT INTO "CityDistrict" ("cityId", "code", "nameZh", "nameEn", "position")
SELECT v."cityId", v."code", v."nameZh", v."nameEn", v."position" FROM (VALUES
  ('changsha', 'FURONG', '芙蓉区', 'Furong District', 1),
  ('changsha', 'TIANXIN', '天心区', 'Tianxin District', 2),
  ('changsha', 'YUELU', '岳麓区', 'Yuelu District', 3),
  ('changsha', 'KAIFU', '开福区', 'Kaifu District', 4),
  ('changsha', 'YUHUA', '雨花区', 'Yuhua District', 5),
  ('changsha', 'WANGCHENG', '望城区', 'Wangcheng District', 6),
  ('changsha', 'CHANGSHA_COUNTY', '长沙县', 'Changsha County', 7),
  ('changsha', 'LIUYANG', '浏阳市', 'Liuyang', 8),
  ('changsha', 'NINGXIANG', '宁乡市', 'Ningxiang', 9)
) AS v("cityId", "code", "nameZh", "nameEn", "position")
WHERE EXISTS (SELECT 1 FROM "City" WHERE "id" = 'changsha');
