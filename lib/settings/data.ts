import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { DEFAULT_IDENTITY, type OrgIdentity } from "./identity";
import type { IdentityInput } from "./identity-schema";
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

const identitySelect = {
  orgName: true,
  orgNameGenitive: true,
  orgStreet: true,
  orgPostcode: true,
  orgTown: true,
  orgPhone: true,
  orgEmail: true,
  orgCvr: true,
  orgWebsite: true,
  emailSignature: true,
  dataControllerText: true,
} as const satisfies Record<keyof OrgIdentity, true>;

async function readIdentity(client: Tx | typeof db): Promise<OrgIdentity> {
  const row = await client.settings.findUnique({ where: { id: 1 }, select: identitySelect });
  return row ?? DEFAULT_IDENTITY;
}

/** Once per request outside a transaction: the layout, its metadata and the page all ask. */
const cachedIdentity = cache(() => readIdentity(db));

/**
 * The organisation's name, address, contact details, email signature and data-controller text (row
 * id 1); the old hard-coded values when the row does not exist yet. Pass `tx` inside a command, so an
 * email written in it says what the transaction sees.
 */
export function getIdentity(client?: Tx): Promise<OrgIdentity> {
  return client ? readIdentity(client) : cachedIdentity();
}

/** Saves the identity, creating the settings row (with the other settings' defaults) on first save. */
export async function updateIdentity(tx: Tx, input: IdentityInput): Promise<Outcome<undefined, never>> {
  await tx.settings.upsert({ where: { id: 1 }, update: input, create: { id: 1, ...input }, select: { id: true } });
  return done();
}
