-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "expiredAt" DATETIME;

-- CreateTable
CREATE TABLE "AttendanceReminder" (
    "groupId" TEXT NOT NULL,
    "meetingDay" DATETIME NOT NULL,
    "facilitators" INTEGER NOT NULL,
    "sentAt" DATETIME NOT NULL,

    PRIMARY KEY ("groupId", "meetingDay"),
    CONSTRAINT "AttendanceReminder_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "acquiredAt" DATETIME,
    "requestedAt" DATETIME
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "outcome" TEXT,
    "summary" TEXT,
    "errorKind" TEXT
);

-- AlterTable (a plain ADD COLUMN: SQLite keeps the rows, no copy of the table is needed)
ALTER TABLE "Settings" ADD COLUMN "renewalReminderDays" INTEGER NOT NULL DEFAULT 30;

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

