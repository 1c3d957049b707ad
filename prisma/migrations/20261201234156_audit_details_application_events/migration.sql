-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "reminderSentAt" DATETIME;

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "details" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- An actor id that names no user (none should) becomes NULL rather than break the new foreign key.
INSERT INTO "new_AuditEvent" ("action", "actorUserId", "createdAt", "entityId", "entityType", "id") SELECT "action", (SELECT "id" FROM "User" WHERE "User"."id" = "AuditEvent"."actorUserId"), "createdAt", "entityId", "entityType", "id" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");
CREATE INDEX "AuditEvent_actorUserId_createdAt_idx" ON "AuditEvent"("actorUserId", "createdAt");
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");


-- Domain state leaves the audit log. A reminder already sent is now a field on its membership.
UPDATE "Membership" SET "reminderSentAt" = (
  SELECT MIN("createdAt") FROM "AuditEvent" WHERE "action" = 'membership.reminder' AND "entityType" = 'Membership' AND "entityId" = "Membership"."id"
);

-- An application's history becomes its own events: its submission, then what the audit log recorded.
INSERT INTO "ApplicationEvent" ("id", "applicationId", "kind", "actorUserId", "createdAt")
SELECT 'ae_r_' || "id", "id", 'RECEIVED', NULL, "createdAt" FROM "Application";
INSERT INTO "ApplicationEvent" ("id", "applicationId", "kind", "actorUserId", "createdAt")
SELECT 'ae_' || e."id", e."entityId",
  CASE e."action"
    WHEN 'application.intake' THEN 'INTAKE'
    WHEN 'application.accept' THEN 'ACCEPTED'
    WHEN 'application.waitlist' THEN 'WAITLISTED'
    WHEN 'application.decline' THEN 'DECLINED'
    WHEN 'application.withdraw' THEN 'WITHDRAWN'
    ELSE 'CONSENT_WITHDRAWN'
  END,
  e."actorUserId", e."createdAt"
FROM "AuditEvent" e
WHERE e."entityType" = 'Application'
  AND e."action" IN ('application.intake', 'application.accept', 'application.waitlist', 'application.decline', 'application.withdraw', 'application.withdraw-consent')
  AND EXISTS (SELECT 1 FROM "Application" a WHERE a."id" = e."entityId");
