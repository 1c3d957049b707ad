-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "expectedStartOn" TIMESTAMP(3),
ADD COLUMN     "minParticipants" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "minimumReachedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InterestMinimumNotice" (
    "id" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "count" INTEGER NOT NULL,
    "reachedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterestMinimumNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InterestMinimumNotice_topic_ageBand_key" ON "InterestMinimumNotice"("topic", "ageBand");

-- CreateIndex
CREATE INDEX "Group_state_minimumReachedAt_idx" ON "Group"("state", "minimumReachedAt");

