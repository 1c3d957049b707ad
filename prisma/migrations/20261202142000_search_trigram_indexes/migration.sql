-- Trigram indexes for the searches that look for a part of a word ("contains"), which no B-tree index
-- serves: the catalogue's search text of each group and the member register's name and email. Not in
-- schema.prisma (Prisma has no FTS5 tables); lib/search/data.ts asks them, and only on SQLite.
--
-- Each index is an FTS5 table with the trigram tokenizer (case folded by FTS5, diacritics kept), without
-- a copy of the text (contentless, deletes allowed, and deleted rows removed from the index at once:
-- secure-delete), keyed by a small table of its own so that its integer keys survive a VACUUM (a
-- rowid of "Group" or "Member" would not). Triggers keep both in step with every write of the row,
-- whoever makes it, so the app's write paths need not know about them.

CREATE TABLE "GroupSearchKey" ("key" INTEGER NOT NULL PRIMARY KEY, "groupId" TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE "GroupSearch" USING fts5("text", content='', contentless_delete=1, tokenize='trigram');
INSERT INTO "GroupSearch"("GroupSearch", "rank") VALUES ('secure-delete', 1);

CREATE TRIGGER "Group_search_insert" AFTER INSERT ON "Group" BEGIN
  INSERT INTO "GroupSearchKey" ("groupId") VALUES (NEW."id");
  INSERT INTO "GroupSearch" ("rowid", "text") VALUES ((SELECT "key" FROM "GroupSearchKey" WHERE "groupId" = NEW."id"), NEW."searchText");
END;
CREATE TRIGGER "Group_search_update" AFTER UPDATE OF "searchText" ON "Group" BEGIN
  DELETE FROM "GroupSearch" WHERE "rowid" = (SELECT "key" FROM "GroupSearchKey" WHERE "groupId" = OLD."id");
  INSERT INTO "GroupSearch" ("rowid", "text") VALUES ((SELECT "key" FROM "GroupSearchKey" WHERE "groupId" = NEW."id"), NEW."searchText");
END;
CREATE TRIGGER "Group_search_delete" AFTER DELETE ON "Group" BEGIN
  DELETE FROM "GroupSearch" WHERE "rowid" = (SELECT "key" FROM "GroupSearchKey" WHERE "groupId" = OLD."id");
  DELETE FROM "GroupSearchKey" WHERE "groupId" = OLD."id";
END;

INSERT INTO "GroupSearchKey" ("groupId") SELECT "id" FROM "Group";
INSERT INTO "GroupSearch" ("rowid", "text") SELECT k."key", g."searchText" FROM "Group" g JOIN "GroupSearchKey" k ON k."groupId" = g."id";

CREATE TABLE "MemberSearchKey" ("key" INTEGER NOT NULL PRIMARY KEY, "memberId" TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE "MemberSearch" USING fts5("text", content='', contentless_delete=1, tokenize='trigram');
INSERT INTO "MemberSearch"("MemberSearch", "rank") VALUES ('secure-delete', 1);

CREATE TRIGGER "Member_search_insert" AFTER INSERT ON "Member" BEGIN
  INSERT INTO "MemberSearchKey" ("memberId") VALUES (NEW."id");
  INSERT INTO "MemberSearch" ("rowid", "text") VALUES ((SELECT "key" FROM "MemberSearchKey" WHERE "memberId" = NEW."id"), NEW."name" || ' ' || NEW."email");
END;
CREATE TRIGGER "Member_search_update" AFTER UPDATE OF "name", "email" ON "Member" BEGIN
  DELETE FROM "MemberSearch" WHERE "rowid" = (SELECT "key" FROM "MemberSearchKey" WHERE "memberId" = OLD."id");
  INSERT INTO "MemberSearch" ("rowid", "text") VALUES ((SELECT "key" FROM "MemberSearchKey" WHERE "memberId" = NEW."id"), NEW."name" || ' ' || NEW."email");
END;
CREATE TRIGGER "Member_search_delete" AFTER DELETE ON "Member" BEGIN
  DELETE FROM "MemberSearch" WHERE "rowid" = (SELECT "key" FROM "MemberSearchKey" WHERE "memberId" = OLD."id");
  DELETE FROM "MemberSearchKey" WHERE "memberId" = OLD."id";
END;

INSERT INTO "MemberSearchKey" ("memberId") SELECT "id" FROM "Member";
INSERT INTO "MemberSearch" ("rowid", "text") SELECT k."key", m."name" || ' ' || m."email" FROM "Member" m JOIN "MemberSearchKey" k ON k."memberId" = m."id";
