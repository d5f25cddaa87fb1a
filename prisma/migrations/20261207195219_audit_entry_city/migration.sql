-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "cityId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_cityId_seq_idx" ON "AuditEntry"("cityId", "seq");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── The city of an audit entry (issue 22: each city's administrators read their own log) ─────────────
--
-- The city an entry is written in. lib/audit/append-audit-entry.ts asks for it in the statement
-- that reads the stripe's predecessor, so no caller names it; the back-fill below uses it too, so
-- old and new entries get their city by the same rule. In order:
--   1. deployment-wide targets (China's working-day calendar, which every city's notice periods
--      count on): NULL, whoever entered it;
--   2. the city the transaction entered (portal_enter_city, lib/db/city-scope.ts): every staff
--      write runs in one, and row-level security below accepts no other city there;
--   3. the actor's city: staff work for their city (User.cityId), members act in their
--      organisation's;
--   4. the target's city, for entries without an actor (jobs, the public, a sign-up);
--   5. else NULL: deployment-wide (a key rotation, a throttled or unknown login).
-- A target is looked up only by a well-formed id, through the primary key: never a cast error, never
-- a scan.
CREATE FUNCTION "portal_audit_city"(actor_id UUID, target_type TEXT, target_id TEXT) RETURNS TEXT
  LANGUAGE plpgsql STABLE
  AS $$
DECLARE
  city TEXT;
  target UUID;
BEGIN
  IF target_type = 'WorkingDayCalendarYear' THEN
    RETURN NULL;
  END IF;
  city := nullif(current_setting('app.city_id', true), '');
  IF city IS NOT NULL THEN
    RETURN city;
  END IF;
  IF actor_id IS NOT NULL THEN
    SELECT coalesce(u."cityId", o."cityId") INTO city
      FROM "User" u LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
     WHERE u."id" = actor_id;
    IF city IS NOT NULL THEN
      RETURN city;
    END IF;
  END IF;
  IF target_type = 'PolicyVersion' THEN
    RETURN (SELECT "cityId" FROM "PolicyVersion" WHERE "id" = target_id);
  END IF;
  IF target_id IS NULL OR target_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    RETURN NULL;
  END IF;
  target := target_id::uuid;
  RETURN CASE target_type
    WHEN 'OffshoreClaim' THEN (SELECT "cityId" FROM "OffshoreClaim" WHERE "id" = target)
    WHEN 'TrainingClaim' THEN (SELECT "cityId" FROM "TrainingClaim" WHERE "id" = target)
    WHEN 'Organisation' THEN (SELECT "cityId" FROM "Organisation" WHERE "id" = target)
    WHEN 'ApiKey' THEN (SELECT "cityId" FROM "ApiKey" WHERE "id" = target)
    WHEN 'NoticeItem' THEN (SELECT "cityId" FROM "NoticeItem" WHERE "id" = target)
    WHEN 'PaymentBatch' THEN (SELECT "cityId" FROM "PaymentBatch" WHERE "id" = target)
    WHEN 'VerificationImport' THEN (SELECT "cityId" FROM "VerificationImport" WHERE "id" = target)
    WHEN 'PaymentItem' THEN (SELECT b."cityId" FROM "PaymentItem" i JOIN "PaymentBatch" b ON b."id" = i."batchId" WHERE i."id" = target)
    WHEN 'User' THEN (SELECT coalesce(u."cityId", o."cityId") FROM "User" u LEFT JOIN "Organisation" o ON o."id" = u."organisationId" WHERE u."id" = target)
    WHEN 'Invitation' THEN (SELECT o."cityId" FROM "Invitation" x JOIN "Organisation" o ON o."id" = x."organisationId" WHERE x."id" = target)
    WHEN 'EvidenceFile' THEN (SELECT o."cityId" FROM "EvidenceFile" x JOIN "Organisation" o ON o."id" = x."organisationId" WHERE x."id" = target)
    WHEN 'ImportBatch' THEN (SELECT o."cityId" FROM "ImportBatch" x JOIN "Organisation" o ON o."id" = x."organisationId" WHERE x."id" = target)
    WHEN 'Trainee' THEN (SELECT o."cityId" FROM "Trainee" t JOIN "Organisation" o ON o."id" = t."institutionId" WHERE t."id" = target)
    WHEN 'TrainingRecord' THEN (SELECT o."cityId" FROM "TrainingRecord" r JOIN "Trainee" t ON t."id" = r."traineeId" JOIN "Organisation" o ON o."id" = t."institutionId" WHERE r."id" = target)
    WHEN 'EmploymentContract' THEN (SELECT o."cityId" FROM "EmploymentContract" c JOIN "Trainee" t ON t."id" = c."traineeId" JOIN "Organisation" o ON o."id" = t."institutionId" WHERE c."id" = target)
    WHEN 'BankAccountChange' THEN (
      SELECT coalesce(o."cityId", io."cityId") FROM "BankAccountChange" x
        LEFT JOIN "Organisation" o ON o."id" = x."organisationId"
        LEFT JOIN "Trainee" t ON t."id" = x."traineeId"
        LEFT JOIN "Organisation" io ON io."id" = t."institutionId"
       WHERE x."id" = target)
    WHEN 'LedgerEntry' THEN (
      SELECT coalesce(o."cityId", oc."cityId", tc."cityId") FROM "LedgerEntry" l
        LEFT JOIN "Organisation" o ON o."id" = l."organisationId"
        LEFT JOIN "OffshoreClaim" oc ON oc."id" = l."offshoreClaimId"
        LEFT JOIN "TrainingClaim" tc ON tc."id" = l."trainingClaimId"
       WHERE l."id" = target)
    ELSE NULL
  END;
END $$;

-- Back-fill: every entry written before this migration gets its city by the same rule (there is no
-- transaction city here, so: the actor's, else the target's). What stays NULL, and so is shown to
-- no city's administrators (only `npm run audit:verify` and the database see it): entries about
-- the working-day calendar; entries with neither an actor with a city nor a target that names one
-- (key rotations, throttled and unknown logins, an anonymous action on a record since deleted);
-- a year budget or a USD rate (their ids are a year, not a city) entered by an actor who has since
-- no city. The actor's city is read as it is now: staff do not change city, and a member belongs
-- to one organisation. The back-fill is not covered by the entries' hashes (they were written
-- without a city; lib/audit/audit-hash.ts), so verification is unaffected by it.
--
-- The audit log is append-only (trigger AuditEntry_append_only, 20261125085509_integrity): this
-- migration runs as the tables' owner, inside the runner's transaction, so lifting the trigger for
-- the one UPDATE is invisible to every other session and is undone if anything below fails.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";
UPDATE "AuditEntry" SET "cityId" = "portal_audit_city"("actorId", "targetType", "targetId")
 WHERE "cityId" IS NULL;
ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";

-- The hash of a stripe's newest entry: the predecessor an append chains onto. Read with no city
-- entered (the function's SET clause lasts for its call only), because the stripe holds every
-- city's entries and row-level security below would otherwise hide another city's newest one from
-- an append inside a city, which would then fork the stripe. It returns one hash and nothing else.
CREATE FUNCTION "portal_audit_chain_head"(stripe INTEGER) RETURNS TEXT
  LANGUAGE sql STABLE
  SET "app.city_id" = ''
  AS $$ SELECT "hash" FROM "AuditEntry" WHERE "chain" = stripe ORDER BY "seq" DESC LIMIT 1 $$;

-- Row-level security by city (20261207133151_row_level_security), as on the other city-scoped
-- tables: inside a city's transaction, only that city's entries are read, and an entry can only be
-- written with that city; deployment-wide (NULL) entries are invisible there. Outside one (the
-- verifier, the anchors, backups, migrations) every entry is there: the chain verifies whole.
ALTER TABLE "AuditEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEntry" FORCE ROW LEVEL SECURITY;
-- portal_city_visible compares with "=", which is NULL for a NULL city: coalesce makes a
-- deployment-wide entry visible (and writable) outside any city and neither inside one.
CREATE POLICY "city_scope" ON "AuditEntry"
  USING (coalesce("portal_city_visible"("cityId"), nullif(current_setting('app.city_id', true), '') IS NULL))
  WITH CHECK (coalesce("portal_city_visible"("cityId"), nullif(current_setting('app.city_id', true), '') IS NULL));
