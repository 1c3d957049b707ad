-- Venues become records, and a group gets a format. "Group" is altered in place (ADD/DROP COLUMN, as
-- on PostgreSQL) instead of Prisma's RedefineTables: every trigger on it (full-text search's, and any
-- other) stays, and every row keeps its id.

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" TEXT NOT NULL DEFAULT '',
    "town" TEXT NOT NULL DEFAULT '',
    "directions" TEXT NOT NULL DEFAULT '',
    "stepFreeAccess" BOOLEAN NOT NULL DEFAULT false,
    "accessibleToilet" BOOLEAN NOT NULL DEFAULT false,
    "hearingLoop" BOOLEAN NOT NULL DEFAULT false,
    "parking" BOOLEAN NOT NULL DEFAULT false,
    "publicTransport" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable
ALTER TABLE "Group" ADD COLUMN "format" TEXT NOT NULL DEFAULT 'IN_PERSON';
ALTER TABLE "Group" ADD COLUMN "venueId" TEXT CONSTRAINT "Group_venueId_fkey" REFERENCES "Venue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Group" ADD COLUMN "meetingPoint" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Group" ADD COLUMN "onlineUrl" TEXT NOT NULL DEFAULT '';

-- Every distinct place text a group had becomes a venue, named by that text (so no two are alike and
-- nothing is lost); "…, 7400 Herning" at its end gives the postcode and the town, the part before it
-- the address. Accessibility is not known yet: every flag starts unset, for the administrators to fill
-- in on /admin/steder. rtrim(p, replace(p, ',', '')) is p up to and including its last comma.
INSERT INTO "Venue" ("id", "name", "address", "postcode", "town", "createdAt", "updatedAt")
SELECT
    'venue-' || lower(hex(randomblob(12))),
    "p",
    CASE WHEN "ok" THEN trim(rtrim("prefix", ',')) ELSE "p" END,
    CASE WHEN "ok" THEN substr("tail", 1, 4) ELSE '' END,
    CASE WHEN "ok" THEN trim(substr("tail", 5)) ELSE '' END,
    strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'),
    strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM (
    SELECT "p", "prefix", "tail", ("prefix" <> '' AND "tail" GLOB '[0-9][0-9][0-9][0-9] *') AS "ok"
    FROM (
        SELECT "p", rtrim("p", replace("p", ',', '')) AS "prefix", trim(substr("p", length(rtrim("p", replace("p", ',', ''))) + 1)) AS "tail"
        FROM (SELECT DISTINCT trim("place") AS "p" FROM "Group" WHERE trim("place") <> '')
    )
);

UPDATE "Group" SET "venueId" = (SELECT "id" FROM "Venue" WHERE "Venue"."name" = trim("Group"."place"));

-- AlterTable
ALTER TABLE "Group" DROP COLUMN "place";

-- CreateIndex
CREATE INDEX "Group_venueId_idx" ON "Group"("venueId");
