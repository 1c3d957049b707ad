-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "membershipFeeOre" INTEGER NOT NULL DEFAULT 10000,
    "mobilePayNumber" TEXT NOT NULL DEFAULT '',
    "bankAccount" TEXT NOT NULL DEFAULT '',
    "coordinatorEmail" TEXT NOT NULL DEFAULT '',
    "maxGroupsPerFacilitator" INTEGER NOT NULL DEFAULT 2,
    "minMeetingsBeforeWithdrawal" INTEGER NOT NULL DEFAULT 6,
    "retentionDays" INTEGER NOT NULL DEFAULT 180,
    "renewalReminderDays" INTEGER NOT NULL DEFAULT 30,
    "orgName" TEXT NOT NULL DEFAULT 'Selvhjælp Herning',
    "orgNameGenitive" TEXT NOT NULL DEFAULT 'Selvhjælp Hernings',
    "orgStreet" TEXT NOT NULL DEFAULT 'Fredensgade 14',
    "orgPostcode" TEXT NOT NULL DEFAULT '7400',
    "orgTown" TEXT NOT NULL DEFAULT 'Herning',
    "orgPhone" TEXT NOT NULL DEFAULT '',
    "orgEmail" TEXT NOT NULL DEFAULT '',
    "orgCvr" TEXT NOT NULL DEFAULT '',
    "orgWebsite" TEXT NOT NULL DEFAULT '',
    "emailSignature" TEXT NOT NULL DEFAULT 'Venlig hilsen
Selvhjælp Herning
Fredensgade 14, 7400 Herning',
    "dataControllerText" TEXT NOT NULL DEFAULT 'Selvhjælp Herning, Fredensgade 14, 7400 Herning, er dataansvarlig.',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Settings" ("bankAccount", "coordinatorEmail", "id", "maxGroupsPerFacilitator", "membershipFeeOre", "minMeetingsBeforeWithdrawal", "mobilePayNumber", "renewalReminderDays", "retentionDays", "updatedAt") SELECT "bankAccount", "coordinatorEmail", "id", "maxGroupsPerFacilitator", "membershipFeeOre", "minMeetingsBeforeWithdrawal", "mobilePayNumber", "renewalReminderDays", "retentionDays", "updatedAt" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

