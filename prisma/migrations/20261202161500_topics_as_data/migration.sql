-- CreateTable
CREATE TABLE "Topic" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_sortOrder_idx" ON "Topic"("sortOrder");


-- The topics that were the enum Topic, as rows, keyed by their old values: stored groups, interest
-- entries, statistics and catalogue links (?emne=<slug>) keep working. Their Danish labels and
-- descriptions live here and nowhere else; administrators change them on /admin/emner.
INSERT INTO "Topic" ("key", "slug", "label", "description", "sortOrder", "createdAt", "updatedAt") VALUES
    ('GRIEF', 'sorg', 'Sorg', 'For dig, der har mistet et menneske, du holdt af, og vil tale med andre, der kender sorgen.', 0, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('ILLNESS', 'sygdom', 'Sygdom', 'For dig, der lever med en fysisk eller psykisk sygdom og vil dele erfaringer med andre i samme situation.', 1, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('RELATIVES', 'paaroerende', 'Pårørende', 'For dig, der står tæt på et menneske, som er sygt eller har det svært.', 2, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('LONELINESS', 'ensomhed', 'Ensomhed', 'For dig, der føler dig alene og gerne vil mødes med andre, der kender følelsen.', 3, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('SELF_DEVELOPMENT', 'selvudvikling', 'Selvudvikling', 'For dig, der vil lære dig selv bedre at kende og finde nye måder at møde livet på.', 4, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('DIVORCE', 'skilsmisse', 'Skilsmisse', 'For dig, der står midt i eller har været igennem en skilsmisse eller et brud.', 5, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('PHYSICAL_ACTIVITY', 'fysisk-aktivitet', 'Fysisk aktivitet', 'For dig, der vil bevæge dig sammen med andre og tale undervejs.', 6, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));

-- A topic is retired, never deleted: Group, Interest and InterestMinimumNotice hold its key without a
-- foreign key, so a deleted topic would leave keys that name nothing.
CREATE TRIGGER "Topic_never_deleted" BEFORE DELETE ON "Topic"
BEGIN
    SELECT RAISE(ABORT, 'A topic is retired, never deleted');
END;
