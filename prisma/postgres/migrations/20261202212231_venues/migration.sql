-- CreateEnum
CREATE TYPE "GroupFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'OUTDOORS');

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
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
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "format" "GroupFormat" NOT NULL DEFAULT 'IN_PERSON',
ADD COLUMN     "meetingPoint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "onlineUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "venueId" TEXT;

-- Every distinct place text a group had becomes a venue, named by that text (so no two are alike and
-- nothing is lost); "…, 7400 Herning" at its end gives the postcode and the town, the part before it
-- the address (as the SQLite migration of the same name). Accessibility is not known yet: every flag
-- starts unset, for the administrators to fill in on /admin/steder.
INSERT INTO "Venue" ("id", "name", "address", "postcode", "town", "createdAt", "updatedAt")
SELECT
    'venue-' || md5("p"),
    "p",
    COALESCE(btrim("m"[1]), "p"),
    COALESCE("m"[2], ''),
    COALESCE(btrim("m"[3]), ''),
    CURRENT_TIMESTAMP,
    CURRENT_TIMESTAMP
FROM (
    SELECT "p", regexp_match("p", '^(.*),\s*(\d{4})\s+([^,]+)$') AS "m"
    FROM (SELECT DISTINCT btrim("place") AS "p" FROM "Group" WHERE btrim("place") <> '') AS "places"
) AS "parsed";

UPDATE "Group" SET "venueId" = "Venue"."id" FROM "Venue" WHERE "Venue"."name" = btrim("Group"."place");

-- AlterTable
ALTER TABLE "Group" DROP COLUMN "place";

-- CreateIndex
CREATE INDEX "Group_venueId_idx" ON "Group"("venueId");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
