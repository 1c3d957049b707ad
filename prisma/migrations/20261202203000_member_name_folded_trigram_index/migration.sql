-- Nothing changes on SQLite: its member search is narrowed by the FTS5 trigram table (migration
-- 20261202142000). The PostgreSQL twin of this migration indexes the folded name the search compares.
SELECT 1;
