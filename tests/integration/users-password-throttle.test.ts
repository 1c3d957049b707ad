import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashingLoad } from "@/lib/auth/password";
import { changeOwnPassword } from "@/lib/users/actions";
import { CURRENT_PASSWORD_MAX_FAILURES } from "@/lib/users/data";
import { clearAdminCoreTables } from "../helpers/admin-core-fixtures";
import { createAdmin, TEST_PASSWORD } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";

const NEW = "en-helt-ny-kode-2026";
const change = (current: string) => changeOwnPassword({ currentPassword: current, newPassword: NEW, confirmPassword: NEW });

beforeEach(clearAdminCoreTables);

describe("the current-password check on the account page", () => {
  it("refuses in Danish, without hashing, after five wrong current passwords within 15 minutes — even the right one", async () => {
    const admin = await createAdmin();
    const before = await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true } });
    signInAs(admin.id);
    for (let i = 0; i < CURRENT_PASSWORD_MAX_FAILURES; i++) expect(await change(`forkert-${i}`)).toMatchObject({ ok: false, code: "WRONG_CURRENT" });

    let hashed = false;
    const timer = setInterval(() => (hashed ||= hashingLoad().active > 0), 1);
    const started = Date.now();
    const locked = await change(TEST_PASSWORD).finally(() => clearInterval(timer));
    expect(locked).toMatchObject({ ok: false, code: "THROTTLED", message: expect.stringMatching(/for mange gange.*15 minutter/) });
    expect(hashed).toBe(false);
    expect(Date.now() - started).toBeLessThan(150);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true } })).toEqual(before);
  });

  it("counts per account and clears after the right password", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    for (let i = 0; i < CURRENT_PASSWORD_MAX_FAILURES - 1; i++) await change(`forkert-${i}`);
    expect((await change(TEST_PASSWORD)).ok).toBe(true);
    expect(await db.loginFailure.count({ where: { key: { startsWith: "current-password:" } } })).toBe(0);
  });
});
