-- CreateTable
CREATE TABLE "InterestMinimumNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "reachedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Group" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'BIWEEKLY',
    "weekday" INTEGER,
    "startTime" TEXT,
    "durationMinutes" INTEGER NOT NULL DEFAULT 120,
    "place" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 8,
    "openForNewcomers" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'PLANNED',
    "startDate" DATETIME,
    "plannedEndDate" DATETIME,
    "endedAt" DATETIME,
    "endReason" TEXT,
    "rhythmAgreed" BOOLEAN NOT NULL DEFAULT false,
    "groundRulesAgreed" BOOLEAN NOT NULL DEFAULT false,
    "contactParticipationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "minParticipants" INTEGER NOT NULL DEFAULT 4,
    "expectedStartOn" DATETIME,
    "minimumReachedAt" DATETIME,
    CONSTRAINT "Group_contactParticipationId_fkey" FOREIGN KEY ("contactParticipationId") REFERENCES "Participation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Group" ("ageBand", "cadence", "capacity", "contactParticipationId", "createdAt", "description", "durationMinutes", "endReason", "endedAt", "groundRulesAgreed", "id", "name", "openForNewcomers", "place", "plannedEndDate", "rhythmAgreed", "searchText", "slug", "sortKey", "startDate", "startTime", "state", "topic", "updatedAt", "weekday") SELECT "ageBand", "cadence", "capacity", "contactParticipationId", "createdAt", "description", "durationMinutes", "endReason", "endedAt", "groundRulesAgreed", "id", "name", "openForNewcomers", "place", "plannedEndDate", "rhythmAgreed", "searchText", "slug", "sortKey", "startDate", "startTime", "state", "topic", "updatedAt", "weekday" FROM "Group";
DROP TABLE "Group";
ALTER TABLE "new_Group" RENAME TO "Group";
CREATE UNIQUE INDEX "Group_slug_key" ON "Group"("slug");
CREATE UNIQUE INDEX "Group_contactParticipationId_key" ON "Group"("contactParticipationId");
CREATE INDEX "Group_sortKey_id_idx" ON "Group"("sortKey", "id");
CREATE INDEX "Group_state_sortKey_id_idx" ON "Group"("state", "sortKey", "id");
CREATE INDEX "Group_topic_ageBand_sortKey_idx" ON "Group"("topic", "ageBand", "sortKey");
CREATE INDEX "Group_state_minimumReachedAt_idx" ON "Group"("state", "minimumReachedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "InterestMinimumNotice_topic_ageBand_key" ON "InterestMinimumNotice"("topic", "ageBand");

