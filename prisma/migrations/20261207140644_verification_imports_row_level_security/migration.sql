-- Row-level security by city (20261207133151_row_level_security) for the tables the verification
-- imports added after it: the batches and the remembered column mappings carry their city too.
DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['VerificationImport', 'ImportColumnMapping'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY "city_scope" ON %I USING ("portal_city_visible"("cityId")) WITH CHECK ("portal_city_visible"("cityId"))', t);
  END LOOP;
END $$;
