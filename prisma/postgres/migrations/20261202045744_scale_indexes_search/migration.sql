-- DropIndex
DROP INDEX "Group_state_idx";

-- DropIndex
DROP INDEX "Group_topic_ageBand_idx";

-- DropIndex
DROP INDEX "Member_name_idx";

-- DropIndex
DROP INDEX "Membership_memberId_idx";

-- DropIndex
DROP INDEX "Participation_groupId_leftAt_idx";

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Group_sortKey_id_idx" ON "Group"("sortKey", "id");

-- CreateIndex
CREATE INDEX "Group_state_sortKey_id_idx" ON "Group"("state", "sortKey", "id");

-- CreateIndex
CREATE INDEX "Group_topic_ageBand_sortKey_idx" ON "Group"("topic", "ageBand", "sortKey");

-- CreateIndex
CREATE INDEX "Meeting_heldOn_groupId_idx" ON "Meeting"("heldOn", "groupId");

-- CreateIndex
CREATE INDEX "Member_name_id_email_idx" ON "Member"("name", "id", "email");

-- CreateIndex
CREATE INDEX "Member_createdAt_idx" ON "Member"("createdAt");

-- CreateIndex
CREATE INDEX "Membership_memberId_status_idx" ON "Membership"("memberId", "status");

-- CreateIndex
CREATE INDEX "Membership_status_memberId_idx" ON "Membership"("status", "memberId");

-- CreateIndex
CREATE INDEX "Payment_paidOn_membershipId_idx" ON "Payment"("paidOn", "membershipId");

-- CreateIndex
CREATE INDEX "Application_status_intakeHeldOn_createdAt_idx" ON "Application"("status", "intakeHeldOn", "createdAt");

-- CreateIndex
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");

-- CreateIndex
CREATE INDEX "Participation_groupId_leftAt_joinedAt_memberId_idx" ON "Participation"("groupId", "leftAt", "joinedAt", "memberId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_createdAt_idx" ON "AuditEvent"("entityType", "createdAt");

-- Backfill the search columns of existing groups. lib/groups/search.ts is the definition; this SQL
-- (portable: LOWER and REPLACE) folds the letters Danish names use, and the write path stores the
-- exact form the next time a group is edited.
UPDATE "Group" SET "searchText" = TRIM(LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("name" || ' ' || "description" || ' ' || "place", 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), 'É', 'é'))), "sortKey" = TRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("name", 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), 'É', 'é')), 'aa', 'å'), 'æ', 'α'), 'ä', 'α'), 'ø', 'β'), 'ö', 'β'), 'å', 'γ'), 'ü', 'y'), 'é', 'e'), '(', ' '), ')', ' '), ',', ' '), '.', ' '), '–', ' '), '-', ' '), ':', ' '), '  ', ' '), '  ', ' '));
