-- AlterEnum
ALTER TYPE "OrganisationStatus" ADD VALUE 'CLOSED';

-- DropIndex
DROP INDEX "Organisation_creditCode_key";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedReason" TEXT,
ADD COLUMN     "movedFromId" UUID,
ADD COLUMN     "openCreditCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_openCreditCode_key" ON "Organisation"("openCreditCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_movedFromId_key" ON "Organisation"("movedFromId");

-- CreateIndex
CREATE INDEX "Organisation_creditCode_idx" ON "Organisation"("creditCode");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_movedFromId_fkey" FOREIGN KEY ("movedFromId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Issue 22, an organisation moving city: it registers anew in the other city and the old
-- registration is CLOSED, kept with its history. The credit code (which does not change when a
-- company moves: its region digits keep naming the first registration authority) is then on two
-- rows, so its uniqueness moves to "openCreditCode": the code while the registration is open, NULL
-- once closed. The database derives it, so no insert or update can get it wrong.
-- The comparisons read the status as text: the enum value CLOSED added above cannot be used as a
-- value in the transaction that added it ("unsafe use of new value"), and this migration runs in one.
CREATE FUNCTION "portal_organisation_open_credit_code"() RETURNS TRIGGER
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW."openCreditCode" := CASE WHEN NEW."status"::text = 'CLOSED' THEN NULL ELSE NEW."creditCode" END;
  RETURN NEW;
END $$;

CREATE TRIGGER "Organisation_open_credit_code"
  BEFORE INSERT OR UPDATE ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION "portal_organisation_open_credit_code"();

-- Every registration so far is open: the trigger fills the column (the old unique index kept the codes distinct).
UPDATE "Organisation" SET "openCreditCode" = "creditCode";

-- A closed registration says when; an open one has no closing date.
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_closed" CHECK (("status"::text = 'CLOSED') = ("closedAt" IS NOT NULL));
