-- The enum Topic becomes the table Topic. The three columns change type in place (USING "topic"::text):
-- no column is dropped and re-added, so every stored topic stays, and the indexes on them are rebuilt
-- by PostgreSQL. The enum type goes before the table that takes its name.

-- AlterTable
ALTER TABLE "Group" ALTER COLUMN "topic" SET DATA TYPE TEXT USING "topic"::text;

-- AlterTable
ALTER TABLE "Interest" ALTER COLUMN "topic" SET DATA TYPE TEXT USING "topic"::text;

-- AlterTable
ALTER TABLE "InterestMinimumNotice" ALTER COLUMN "topic" SET DATA TYPE TEXT USING "topic"::text;

-- DropEnum
DROP TYPE "Topic";

-- CreateTable
CREATE TABLE "Topic" (
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_sortOrder_idx" ON "Topic"("sortOrder");

-- The topics that were the enum Topic, as rows, keyed by their old values: stored groups, interest
-- entries, statistics and catalogue links (?emne=<slug>) keep working. Their Danish labels and
-- descriptions live here and nowhere else; administrators change them on /admin/emner.
INSERT INTO "Topic" ("key", "slug", "label", "description", "sortOrder", "createdAt", "updatedAt") VALUES
    ('GRIEF', 'sorg', 'Sorg', 'For dig, der har mistet et menneske, du holdt af, og vil tale med andre, der kender sorgen.', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('ILLNESS', 'sygdom', 'Sygdom', 'For dig, der lever med en fysisk eller psykisk sygdom og vil dele erfaringer med andre i samme situation.', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('RELATIVES', 'paaroerende', 'Pårørende', 'For dig, der står tæt på et menneske, som er sygt eller har det svært.', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('LONELINESS', 'ensomhed', 'Ensomhed', 'For dig, der føler dig alene og gerne vil mødes med andre, der kender følelsen.', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('SELF_DEVELOPMENT', 'selvudvikling', 'Selvudvikling', 'For dig, der vil lære dig selv bedre at kende og finde nye måder at møde livet på.', 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('DIVORCE', 'skilsmisse', 'Skilsmisse', 'For dig, der står midt i eller har været igennem en skilsmisse eller et brud.', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('PHYSICAL_ACTIVITY', 'fysisk-aktivitet', 'Fysisk aktivitet', 'For dig, der vil bevæge dig sammen med andre og tale undervejs.', 6, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- A topic is retired, never deleted: Group, Interest and InterestMinimumNotice hold its key without a
-- foreign key, so a deleted topic would leave keys that name nothing.
CREATE FUNCTION "Topic_never_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'A topic is retired, never deleted';
END
$$;
CREATE TRIGGER "Topic_never_deleted" BEFORE DELETE ON "Topic" FOR EACH ROW EXECUTE FUNCTION "Topic_never_deleted"();
