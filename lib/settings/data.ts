import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { SettingsInput } from "./schema";

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

/** The organisation's settings (row id 1); defaults when the row does not exist yet. Pass the transaction when inside one. */
export async function getSettings(client: Pick<typeof db, "settings"> = db): Promise<OrgSettings> {
  const row = await client.settings.findUnique({ where: { id: 1 }, select: settingsSelect });
  return row ?? DEFAULTS;
}

/** Saves the settings (creating the row on first save) and audits the change, in one transaction. */
export async function updateSettings(input: SettingsInput, actorUserId: string): Promise<void> {
  const data = {
    membershipFeeOre: input.membershipFeeKroner * 100,
    mobilePayNumber: input.mobilePayNumber,
    bankAccount: input.bankAccount,
    coordinatorEmail: input.coordinatorEmail,
    maxGroupsPerFacilitator: input.maxGroupsPerFacilitator,
    minMeetingsBeforeWithdrawal: input.minMeetingsBeforeWithdrawal,
    retentionDays: input.retentionDays,
  };
  await db.$transaction(async (tx) => {
    await tx.settings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data }, select: { id: true } });
    await recordAudit({ actorUserId, action: "settings.update", entityType: "Settings", entityId: "1" }, tx);
  });
}
