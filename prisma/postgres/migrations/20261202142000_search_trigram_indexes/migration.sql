-- Trigram indexes for the searches that look for a part of a word ("contains"), which no B-tree index
-- serves: the catalogue's search text and the member register's name and email. With them PostgreSQL
-- answers the same LIKE '%…%' the app sends from the index (words of three letters or more). Not in
-- schema.prisma. pg_trgm ships with PostgreSQL (trusted since version 13: a database owner may create
-- it); where it cannot be created the searches keep working, only without the index.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS "Group_searchText_trgm_idx" ON "Group" USING gin ("searchText" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "Member_name_trgm_idx" ON "Member" USING gin (LOWER("name") gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "Member_email_trgm_idx" ON "Member" USING gin ("email" gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
  RAISE NOTICE 'pg_trgm is not available (%): the searches scan instead', SQLERRM;
END
$$;
