-- CreateTable
CREATE TABLE "ConfirmationLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "memberId" TEXT,
    "applicationId" TEXT,
    "interestId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConfirmationLink_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConfirmationLink_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConfirmationLink_interestId_fkey" FOREIGN KEY ("interestId") REFERENCES "Interest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "postcode" TEXT NOT NULL,
    "birthYear" INTEGER,
    "awaitsConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" DATETIME NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Member" ("birthYear", "consentAt", "consentVersion", "createdAt", "email", "id", "name", "phone", "postcode", "updatedAt") SELECT "birthYear", "consentAt", "consentVersion", "createdAt", "email", "id", "name", "phone", "postcode", "updatedAt" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_email_key" ON "Member"("email");
CREATE INDEX "Member_name_idx" ON "Member"("name");
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "message" TEXT,
    "awaitsConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "consentConfidentialityAt" DATETIME NOT NULL,
    "consentConfidentialityVersion" TEXT NOT NULL,
    "consentSensitiveDataAt" DATETIME NOT NULL,
    "consentSensitiveDataVersion" TEXT NOT NULL,
    "consentFeeAt" DATETIME NOT NULL,
    "consentFeeVersion" TEXT NOT NULL,
    "consentWithdrawnAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "intakeHeldOn" DATETIME,
    "intakeByUserId" TEXT,
    "declineReason" TEXT,
    "decidedAt" DATETIME,
    "decidedByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Application_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("consentConfidentialityAt", "consentConfidentialityVersion", "consentFeeAt", "consentFeeVersion", "consentSensitiveDataAt", "consentSensitiveDataVersion", "consentWithdrawnAt", "createdAt", "decidedAt", "decidedByUserId", "declineReason", "groupId", "id", "intakeByUserId", "intakeHeldOn", "memberId", "message", "status", "updatedAt") SELECT "consentConfidentialityAt", "consentConfidentialityVersion", "consentFeeAt", "consentFeeVersion", "consentSensitiveDataAt", "consentSensitiveDataVersion", "consentWithdrawnAt", "createdAt", "decidedAt", "decidedByUserId", "declineReason", "groupId", "id", "intakeByUserId", "intakeHeldOn", "memberId", "message", "status", "updatedAt" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE INDEX "Application_status_createdAt_idx" ON "Application"("status", "createdAt");
CREATE INDEX "Application_groupId_status_idx" ON "Application"("groupId", "status");
CREATE INDEX "Application_memberId_groupId_idx" ON "Application"("memberId", "groupId");
CREATE TABLE "new_Interest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "awaitsConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "handledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Interest" ("ageBand", "consentAt", "consentVersion", "createdAt", "email", "handledAt", "id", "name", "topic") SELECT "ageBand", "consentAt", "consentVersion", "createdAt", "email", "handledAt", "id", "name", "topic" FROM "Interest";
DROP TABLE "Interest";
ALTER TABLE "new_Interest" RENAME TO "Interest";
CREATE INDEX "Interest_topic_ageBand_idx" ON "Interest"("topic", "ageBand");
CREATE TABLE "new_OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sealedText" TEXT,
    "sentAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastErrorKind" TEXT,
    "failedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_OutboxEmail" ("createdAt", "id", "sentAt", "subject", "text", "to") SELECT "createdAt", "id", "sentAt", "subject", "text", "to" FROM "OutboxEmail";
DROP TABLE "OutboxEmail";
ALTER TABLE "new_OutboxEmail" RENAME TO "OutboxEmail";
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");
CREATE INDEX "OutboxEmail_sentAt_nextAttemptAt_idx" ON "OutboxEmail"("sentAt", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ConfirmationLink_tokenHash_key" ON "ConfirmationLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ConfirmationLink_expiresAt_idx" ON "ConfirmationLink"("expiresAt");

-- CreateIndex
CREATE INDEX "ConfirmationLink_memberId_idx" ON "ConfirmationLink"("memberId");

-- CreateIndex
CREATE INDEX "ConfirmationLink_applicationId_idx" ON "ConfirmationLink"("applicationId");

-- CreateIndex
CREATE INDEX "ConfirmationLink_interestId_idx" ON "ConfirmationLink"("interestId");

