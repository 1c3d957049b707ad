-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "dataControllerText" TEXT NOT NULL DEFAULT 'Selvhjælp Herning, Fredensgade 14, 7400 Herning, er dataansvarlig.',
ADD COLUMN     "emailSignature" TEXT NOT NULL DEFAULT 'Venlig hilsen
Selvhjælp Herning
Fredensgade 14, 7400 Herning',
ADD COLUMN     "orgCvr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "orgEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "orgName" TEXT NOT NULL DEFAULT 'Selvhjælp Herning',
ADD COLUMN     "orgNameGenitive" TEXT NOT NULL DEFAULT 'Selvhjælp Hernings',
ADD COLUMN     "orgPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "orgPostcode" TEXT NOT NULL DEFAULT '7400',
ADD COLUMN     "orgStreet" TEXT NOT NULL DEFAULT 'Fredensgade 14',
ADD COLUMN     "orgTown" TEXT NOT NULL DEFAULT 'Herning',
ADD COLUMN     "orgWebsite" TEXT NOT NULL DEFAULT '';

