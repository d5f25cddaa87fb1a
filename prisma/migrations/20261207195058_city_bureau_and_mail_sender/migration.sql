-- Issue 22, slice 4: each city's bureau names its prints and mails, and may send from its own
-- address. The cities that exist get their bureau's name now (Nanchang's is the portal's
-- historical letterhead; any other city, the same pattern), so the columns can be NOT NULL.
ALTER TABLE "City" ADD COLUMN "bureauNameZh" TEXT,
ADD COLUMN "bureauNameEn" TEXT,
ADD COLUMN "mailFrom" TEXT;

UPDATE "City" SET "bureauNameZh" = "nameZh" || '商务局', "bureauNameEn" = "nameEn" || ' Municipal Bureau of Commerce';

ALTER TABLE "City" ALTER COLUMN "bureauNameZh" SET NOT NULL,
ALTER COLUMN "bureauNameEn" SET NOT NULL;
