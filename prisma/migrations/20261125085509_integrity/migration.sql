-- integrity: rules Prisma's schema language cannot express. Hand-written.
-- Prisma's diff does not see CHECK constraints, functions or triggers, so none of this shows up
-- as drift against prisma/schema.prisma (tests/db/drift.test.ts verifies that).
-- Runs inside the migration runner's transaction: no BEGIN/COMMIT here.

-- Rule A cap: the running total of an enterprise's grants for a year is never negative and
-- never passes its cap. Approvals update this row inside their transaction, so concurrent
-- approvals serialise on it and the database refuses any excess.
ALTER TABLE "EnterpriseYearGrant"
  ADD CONSTRAINT "EnterpriseYearGrant_grantedFen_within_cap"
  CHECK ("grantedFen" >= 0 AND "grantedFen" <= "capFen");

-- Ledger entries move money: a zero entry is always a mistake. Corrections are reversing
-- entries with a negative amount.
ALTER TABLE "LedgerEntry"
  ADD CONSTRAINT "LedgerEntry_amountFen_nonzero"
  CHECK ("amountFen" <> 0);

-- Declared contract values and executed amounts are never negative.
ALTER TABLE "OffshoreContractLine"
  ADD CONSTRAINT "OffshoreContractLine_amounts_nonnegative"
  CHECK ("executedUsdCents" >= 0 AND "contractValueUsdCents" >= 0);

-- Append-only tables: any UPDATE or DELETE of a row raises an exception (SQLSTATE P0001, the
-- message names the table and the operation), including the SET NULL that deleting a parent
-- row would cascade into a ledger entry. TRUNCATE (no row triggers; table owner only) stays
-- possible for test resets.
CREATE FUNCTION "portal_reject_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING HINT = 'Append a new row instead (for the ledger: a reversing entry).';
END;
$$;

-- The audit log is hash-chained; an edit or deletion would break verification.
CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "portal_reject_append_only_change"();

-- The ledger is corrected by reversing entries, never by editing.
CREATE TRIGGER "LedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "portal_reject_append_only_change"();
