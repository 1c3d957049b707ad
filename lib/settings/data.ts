import "server-only";
import { db } from "@/lib/db";

export type OrgSettings = {
  membershipFeeOre: number;
  mobilePayNumber: string;
  bankAccount: string;
  coordinatorEmail: string;
  maxGroupsPerFacilitator: number;
  minMeetingsBeforeWithdrawal: number;
  retentionDays: number;
};

const DEFAULTS: OrgSettings = {
  membershipFeeOre: 10000,
  mobilePayNumber: "",
  bankAccount: "",
  coordinatorEmail: "",
  maxGroupsPerFacilitator: 2,
  minMeetingsBeforeWithdrawal: 6,
  retentionDays: 180,
};

const settingsSelect = {
  membershipFeeOre: true,
  mobilePayNumber: true,
  bankAccount: true,
  coordinatorEmail: true,
  maxGroupsPerFacilitator: true,
  minMeetingsBeforeWithdrawal: true,
  retentionDays: true,
} as const satisfies Record<keyof OrgSettings, true>;

/** The organisation's settings (row id 1); defaults when the row does not exist yet. */
export async function getSettings(): Promise<OrgSettings> {
  const row = await db.settings.findUnique({ where: { id: 1 }, select: settingsSelect });
  return row ?? DEFAULTS;
}
