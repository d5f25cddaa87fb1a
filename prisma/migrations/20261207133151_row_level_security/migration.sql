-- Row-level security by city (issue 22, slice 3; docs/design/several-cities.md).
--
-- Defence in depth under the application's scoped `where` clauses: inside a transaction that has
-- entered a city (SELECT portal_enter_city('nanchang'), lib/db/city-scope.ts), every city-scoped
-- table shows and accepts only that city's rows, whatever the query says. Outside such a
-- transaction the setting is empty and the policies let every row through: that is how the
-- migrations, the seeds, the jobs and the public pages (which name their city themselves) run,
-- and how the paths not yet converted keep working. See SECURITY.md, "Row-level security".

-- True when no city has been entered in this transaction, or when the row is the entered city's.
CREATE FUNCTION "portal_city_visible"(row_city TEXT) RETURNS BOOLEAN
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('app.city_id', true), ''), row_city) = row_city $$;

-- A superuser (PGlite's only user; the owner in a development PostgreSQL) or a role with
-- BYPASSRLS ignores every policy, even FORCEd ones; inside a city it steps down to this role for
-- the rest of the transaction. The app's production role (`npm run db:create-app-role`) is
-- neither, so the policies bind it directly. Creating a role needs CREATEROLE: an owner without it
-- skips this, and a superuser connection then fails loudly in portal_enter_city.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_city_scoped') THEN
    CREATE ROLE "portal_city_scoped" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION
  -- Another database's migration made it at the same moment (the role is cluster-wide), or this
  -- owner may not create roles.
  WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_city_scoped') THEN
    GRANT USAGE ON SCHEMA public TO "portal_city_scoped";
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "portal_city_scoped";
    -- As for the app's own role: the audit log and the ledger are append-only, the migration
    -- history is read-only.
    REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntry", "LedgerEntry" FROM "portal_city_scoped";
    -- (Prisma's shadow database, which diffs the migrations, has no history table.)
    IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM "portal_city_scoped";
    END IF;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "portal_city_scoped";
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "portal_city_scoped";
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "portal_city_scoped";
  END IF;
END $$;

-- Enters a city for the rest of the current transaction (SET LOCAL semantics: it ends with the
-- transaction, so a pooled connection never carries it to the next request).
CREATE FUNCTION "portal_enter_city"(city TEXT) RETURNS TEXT
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF city IS NULL OR city = '' THEN
    RAISE EXCEPTION 'portal_enter_city: a city is required';
  END IF;
  PERFORM set_config('app.city_id', city, true);
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
    SET LOCAL ROLE "portal_city_scoped";
  END IF;
  RETURN city;
END $$;

-- Every table that carries its city. FORCE: the tables' owner (who may be the app's connection in
-- development) is bound too. Children reached only through these (lines, decisions, ledger rows)
-- follow their parent in the application's queries; a policy cannot follow a join.
DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Organisation', 'ApiKey', 'PolicyVersion', 'YearBudget', 'OffshoreClaim',
                           'TrainingClaim', 'NoticeItem', 'PaymentBatch', 'StatisticsExecution',
                           'FxReceipt', 'UsdRate'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY "city_scope" ON %I USING ("portal_city_visible"("cityId")) WITH CHECK ("portal_city_visible"("cityId"))', t);
  END LOOP;
END $$;
