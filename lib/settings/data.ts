import "server-only";
import { db } from "@/lib/db";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import type { SettingsInput } from "./schema";

export type OrgSettings = {
  membershipFeeOre: number;
  mobilePayNumber: string;
  bankAccount: string;
  coordinatorEmail: string;
  maxGroupsPerFacilitator: number;
  minMeetingsBeforeWithdrawal: number;
  retentionDays: number;
  renewalReminderDays: number;
};

const DEFAULTS: OrgSettings = {
  membershipFeeOre: 10000,
  mobilePayNumber: "",
  bankAccount: "",
  coordinatorEmail: "",
  maxGroupsPerFacilitator: 2,
  minMeetingsBeforeWithdrawal: 6,
  retentionDays: 180,
  renewalReminderDays: 30,
};

const settingsSelect = {
  membershipFeeOre: true,
  mobilePayNumber: true,
  bankAccount: true,
  coordinatorEmail: true,
  maxGroupsPerFacilitator: true,
  minMeetingsBeforeWithdrawal: true,
  retentionDays: true,
  renewalReminderDays: true,
} as const satisfies Record<keyof OrgSettings, true>;

/** The organisation's settings (row id 1); defaults when the row does not exist yet. Pass `tx` inside a command. */
export async function getSettings(client: Tx | typeof db = db): Promise<OrgSettings> {
  const row = await client.settings.findUnique({ where: { id: 1 }, select: settingsSelect });
  return row ?? DEFAULTS;
}

/** Saves the settings, creating the row on first save. */
export async function updateSettings(tx: Tx, input: SettingsInput): Promise<Outcome<undefined, never>> {
  const data = {
    membershipFeeOre: input.membershipFeeKroner * 100,
    mobilePayNumber: input.mobilePayNumber,
    bankAccount: input.bankAccount,
    coordinatorEmail: input.coordinatorEmail,
    maxGroupsPerFacilitator: input.maxGroupsPerFacilitator,
    minMeetingsBeforeWithdrawal: input.minMeetingsBeforeWithdrawal,
    retentionDays: input.retentionDays,
    renewalReminderDays: input.renewalReminderDays,
  };
  await tx.settings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data }, select: { id: true } });
  return done();
}
