-- The member search compares the name folded as lib/sql.ts foldedFor folds it: the capitals Æ, Ø and Å
-- mapped to æ, ø and å, then LOWER. The trigram index of migration 20261202142000 was on LOWER("name")
-- alone, an expression that search never sends, so a name search with æ, ø or å read the whole register.
-- This index is on the very expression the search sends (tests/integration/search-index-use-postgres).
DO $$
BEGIN
  DROP INDEX IF EXISTS "Member_name_trgm_idx";
  CREATE INDEX IF NOT EXISTS "Member_name_folded_trgm_idx" ON "Member"
    USING gin (LOWER(REPLACE(REPLACE(REPLACE("name", 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å')) gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported OR undefined_object THEN
  RAISE NOTICE 'pg_trgm is not available (%): the member search scans instead', SQLERRM;
END
$$;
