import { describe, expect, it } from "vitest";
import { attendanceReminderEmail, attendanceReminderSubject } from "@/lib/meetings/emails";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";
import { dayToRemind, earliestMeetingDay, isBeforeStart, isoWeekday, meetingExpectedOn, reminderDays, type RhythmFacts } from "@/lib/meetings/rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
// 2026-03-02 is a Monday.
const weekly: RhythmFacts = { state: "STARTING", cadence: "WEEKLY", weekday: 1, startDate: d("2026-02-02"), plannedEndDate: null };
const biweekly: RhythmFacts = { ...weekly, cadence: "BIWEEKLY" };

describe("when the group's rhythm expected a meeting", () => {
  it("knows ISO weekdays", () => {
    expect(isoWeekday(d("2026-03-02"))).toBe(1);
    expect(isoWeekday(d("2026-03-08"))).toBe(7);
  });

  it("weekly: every week on its weekday from the start date, not before and not on other days", () => {
    expect(meetingExpectedOn(weekly, d("2026-03-02"))).toBe(true);
    expect(meetingExpectedOn(weekly, d("2026-03-09"))).toBe(true);
    expect(meetingExpectedOn(weekly, d("2026-03-03"))).toBe(false);
    expect(meetingExpectedOn(weekly, d("2026-01-26"))).toBe(false);
  });

  it("every other week: the weeks an even number of weeks from the start date's week", () => {
    expect(meetingExpectedOn(biweekly, d("2026-02-02"))).toBe(true);
    expect(meetingExpectedOn(biweekly, d("2026-02-09"))).toBe(false);
    expect(meetingExpectedOn(biweekly, d("2026-02-16"))).toBe(true);
    // Started on a Wednesday: that week's Monday was before the start, the next Monday is an off week.
    const fromWednesday = { ...biweekly, startDate: d("2026-02-04") };
    expect(meetingExpectedOn(fromWednesday, d("2026-02-09"))).toBe(false);
    expect(meetingExpectedOn(fromWednesday, d("2026-02-16"))).toBe(true);
    expect(meetingExpectedOn({ ...biweekly, startDate: null }, d("2026-02-16"))).toBe(false);
  });

  it("a start instant late in the Danish evening counts by its Danish day", () => {
    // 23:30 UTC on Sunday 1 February is already Monday 2 February in Denmark.
    expect(meetingExpectedOn({ ...biweekly, startDate: new Date("2026-02-01T23:30:00Z") }, d("2026-02-02"))).toBe(true);
  });

  it("only while the facilitators carry a running group, with a set weekday and a weekly or biweekly rhythm, until its planned end", () => {
    for (const state of ["PLANNED", "SELF_RUNNING", "ENDED"] as const) expect(meetingExpectedOn({ ...weekly, state }, d("2026-03-02"))).toBe(false);
    expect(meetingExpectedOn({ ...weekly, state: "WITHDRAWING" }, d("2026-03-02"))).toBe(true);
    expect(meetingExpectedOn({ ...weekly, weekday: null }, d("2026-03-02"))).toBe(false);
    expect(meetingExpectedOn({ ...weekly, cadence: "OTHER" }, d("2026-03-02"))).toBe(false);
    expect(meetingExpectedOn({ ...weekly, plannedEndDate: d("2026-03-01") }, d("2026-03-02"))).toBe(false);
  });
});

describe("which day the reminder is about", () => {
  // Tuesday 3 March, 09:00 Danish time.
  const tuesday = new Date("2026-03-03T08:00:00Z");

  it("looks at yesterday and the two days before, never today", () => {
    expect(reminderDays(tuesday)).toEqual([d("2026-03-02"), d("2026-03-01"), d("2026-02-28")]);
  });

  it("yesterday's expected meeting, unless recorded (that day, a few days before, or since) or already reminded", () => {
    expect(dayToRemind(weekly, tuesday, [], [])).toEqual(d("2026-03-02"));
    expect(dayToRemind(weekly, tuesday, [d("2026-03-02")], [])).toBeNull();
    expect(dayToRemind(weekly, tuesday, [d("2026-02-27")], [])).toBeNull(); // moved to the Friday before
    expect(dayToRemind(weekly, tuesday, [d("2026-02-23")], [])).toEqual(d("2026-03-02")); // last week's meeting does not count
    expect(dayToRemind(weekly, tuesday, [], [d("2026-03-02")])).toBeNull();
  });

  it("catches up a day the job could not run", () => {
    const thursday = new Date("2026-03-05T08:00:00Z");
    expect(dayToRemind(weekly, thursday, [], [])).toEqual(d("2026-03-02"));
    const friday = new Date("2026-03-06T08:00:00Z");
    expect(dayToRemind(weekly, friday, [], [])).toBeNull();
  });
});

describe("the reminder email", () => {
  it("names the facilitator, the group, the day and the page to record it on; the subject names no group", () => {
    const mail = attendanceReminderEmail({
      facilitator: { name: "Ida", email: "ida@example.dk" },
      group: { id: "g1", name: "Sorggruppen" },
      meetingDay: d("2026-03-02"),
      siteUrl: "https://example.dk",
      org: DEFAULT_IDENTITY,
    });
    expect(mail.to).toBe("ida@example.dk");
    expect(mail.subject).toBe(attendanceReminderSubject(DEFAULT_IDENTITY));
    expect(mail.subject).not.toContain("Sorg");
    expect(mail.text).toContain("Kære Ida");
    expect(mail.text).toContain('"Sorggruppen", mandag den 2. marts 2026');
    expect(mail.text).toContain("https://example.dk/admin/mine-grupper/g1");
  });
});

describe("the first day a meeting can be dated", () => {
  it("is the Danish calendar day of the start, also when the start was late in the evening in UTC", () => {
    expect(earliestMeetingDay(new Date("2026-03-10T22:30:00Z"))).toEqual(d("2026-03-10")); // 23:30 in Denmark
    expect(earliestMeetingDay(new Date("2026-03-10T23:30:00Z"))).toEqual(d("2026-03-11")); // 00:30 the next day
    expect(earliestMeetingDay(d("2026-07-01"))).toEqual(d("2026-07-01")); // a day set in the form
    expect(earliestMeetingDay(null)).toBeNull();
  });

  it("refuses only days before it", () => {
    const start = new Date("2026-03-10T09:00:00Z");
    expect(isBeforeStart(d("2026-03-09"), start)).toBe(true);
    expect(isBeforeStart(d("2026-03-10"), start)).toBe(false);
    expect(isBeforeStart(d("2020-01-01"), null)).toBe(false);
  });
});
