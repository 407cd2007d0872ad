/**
 * 2026 DST transitions as a table every adapter's tests can run through its own time format.
 *
 * Each case is a business clock time (zone, date, wall-clock time) and what it means: the instant,
 * the UTC offset there, and the clock time the suite's browser zone (`VISITOR_ZONE`) shows then.
 * The values were worked out from the zones' rules, not with this project's code, and checked against
 * Intl by test/core/dst-table.test.ts.
 *
 * Rules every adapter follows (src/core/zoned-time.ts implements them, RFC 5545 and java.time agree):
 * - Skipped hour (spring forward): a clock time that does not exist is read with the offset before the
 *   gap, which is the time the clock reaches (New York "02:30" on 8 March = 03:30 EDT). The customer is
 *   shown 3:30; the same instant offered also as "03:30" is listed once. `skipped` holds that shown time.
 * - Repeated hour (fall back): both occurrences are real, different instants (`repeated: 'first' |
 *   'second'`). A format with offsets names each exactly; plain wall-clock means the first, a repeated
 *   time listed a second time means the second, and a slot's end is the occurrence after its start.
 *
 * Format helpers below turn a case into the shapes backends use (CitaPro's "YYYY-MM-DD HH:mm:ss",
 * ISO 8601 with offset, minutes after midnight) so a SalonBookIt, LatePoint or Miketsu test can feed
 * its fake and compare what its adapter sends with `instant`.
 */
import type { PlainDate, PlainTime } from '../../src/core/model.js';

/** The zone the test browser runs in (web-test-runner.config.mjs sets it): unlike every business zone here. */
export const VISITOR_ZONE = 'Pacific/Chatham';

export type TransitionKind = 'spring-forward' | 'fall-back';

export interface DstTransition {
  zone: string;
  /** Business date of the change. */
  date: PlainDate;
  kind: TransitionKind;
  /** The instant the clocks change. */
  at: string;
  /** Clock time just before the change, and the one it jumps to. */
  from: PlainTime;
  to: PlainTime;
  offsetBefore: string;
  offsetAfter: string;
}

export const DST_TRANSITIONS: readonly DstTransition[] = [
  { zone: 'America/New_York', date: '2026-03-08', kind: 'spring-forward', at: '2026-03-08T07:00:00Z', from: '02:00', to: '03:00', offsetBefore: '-05:00', offsetAfter: '-04:00' },
  { zone: 'America/New_York', date: '2026-11-01', kind: 'fall-back', at: '2026-11-01T06:00:00Z', from: '02:00', to: '01:00', offsetBefore: '-04:00', offsetAfter: '-05:00' },
  { zone: 'Europe/Madrid', date: '2026-03-29', kind: 'spring-forward', at: '2026-03-29T01:00:00Z', from: '02:00', to: '03:00', offsetBefore: '+01:00', offsetAfter: '+02:00' },
  { zone: 'Europe/Madrid', date: '2026-10-25', kind: 'fall-back', at: '2026-10-25T01:00:00Z', from: '03:00', to: '02:00', offsetBefore: '+02:00', offsetAfter: '+01:00' },
  { zone: 'Australia/Sydney', date: '2026-04-05', kind: 'fall-back', at: '2026-04-04T16:00:00Z', from: '03:00', to: '02:00', offsetBefore: '+11:00', offsetAfter: '+10:00' },
  { zone: 'Australia/Sydney', date: '2026-10-04', kind: 'spring-forward', at: '2026-10-03T16:00:00Z', from: '02:00', to: '03:00', offsetBefore: '+10:00', offsetAfter: '+11:00' },
  // The browser's own zone changes too, on other dates (its repeated hour is 02:45–03:45).
  { zone: 'Pacific/Chatham', date: '2026-04-05', kind: 'fall-back', at: '2026-04-04T14:00:00Z', from: '03:45', to: '02:45', offsetBefore: '+13:45', offsetAfter: '+12:45' },
  { zone: 'Pacific/Chatham', date: '2026-09-27', kind: 'spring-forward', at: '2026-09-26T14:00:00Z', from: '02:45', to: '03:45', offsetBefore: '+12:45', offsetAfter: '+13:45' },
];

/** Zones without DST, with their fixed offset. */
export const FIXED_ZONES = { 'America/Guayaquil': '-05:00', 'Asia/Kolkata': '+05:30' } as const;

export interface DstCase {
  /** Readable and unique, for test titles: "America/New_York 2026-11-01 01:30 (second)". */
  name: string;
  zone: string;
  /** The business date the slot is listed under (day grouping). */
  date: PlainDate;
  /** The business clock time, as a backend without offsets lists it. */
  time: PlainTime;
  /** The instant it stands for: what an adapter must send. */
  instant: string;
  /** The zone's UTC offset at `instant`. */
  offset: string;
  /** The business clock at `instant`: `time`, except for a skipped time (the time the clock reaches). */
  shownTime: PlainTime;
  /** What kind of day `date` is in `zone`. */
  day: TransitionKind | 'ordinary';
  /** Set when a DST change skips `time` that day. */
  skipped: boolean;
  /** Set when a DST change repeats `time` that day: which occurrence this case is. */
  repeated?: 'first' | 'second';
  /** Date and clock time in `VISITOR_ZONE` at `instant`. */
  visitor: { date: PlainDate; time: PlainTime };
}

function row(
  zone: string,
  wallClock: string,
  instant: string,
  offset: string,
  visitor: string,
  flags: { skipped?: PlainTime; repeated?: 'first' | 'second' } = {},
): DstCase {
  const [date, time] = wallClock.split(' ');
  const [visitorDate, visitorTime] = visitor.split(' ');
  const day = DST_TRANSITIONS.find((t) => t.zone === zone && t.date === date)?.kind ?? 'ordinary';
  const suffix = flags.skipped ? ' (skipped)' : flags.repeated ? ` (${flags.repeated})` : '';
  return {
    name: `${zone} ${wallClock}${suffix}`,
    zone,
    date,
    time,
    instant,
    offset,
    shownTime: flags.skipped ?? time,
    day,
    skipped: !!flags.skipped,
    repeated: flags.repeated,
    visitor: { date: visitorDate, time: visitorTime },
  };
}

export const DST_CASES: readonly DstCase[] = [
  // New York: EST −05:00 → EDT −04:00 on 8 March (02:00 → 03:00), back on 1 November (02:00 → 01:00).
  row('America/New_York', '2026-03-07 10:00', '2026-03-07T15:00:00Z', '-05:00', '2026-03-08 04:45'),
  row('America/New_York', '2026-03-08 01:30', '2026-03-08T06:30:00Z', '-05:00', '2026-03-08 20:15'),
  row('America/New_York', '2026-03-08 02:30', '2026-03-08T07:30:00Z', '-04:00', '2026-03-08 21:15', { skipped: '03:30' }),
  row('America/New_York', '2026-03-08 03:00', '2026-03-08T07:00:00Z', '-04:00', '2026-03-08 20:45'),
  row('America/New_York', '2026-03-08 03:30', '2026-03-08T07:30:00Z', '-04:00', '2026-03-08 21:15'),
  row('America/New_York', '2026-03-08 10:00', '2026-03-08T14:00:00Z', '-04:00', '2026-03-09 03:45'),
  row('America/New_York', '2026-03-08 13:00', '2026-03-08T17:00:00Z', '-04:00', '2026-03-09 06:45'),
  row('America/New_York', '2026-03-08 23:30', '2026-03-09T03:30:00Z', '-04:00', '2026-03-09 17:15'),
  row('America/New_York', '2026-10-31 13:00', '2026-10-31T17:00:00Z', '-04:00', '2026-11-01 06:45'),
  row('America/New_York', '2026-11-01 00:30', '2026-11-01T04:30:00Z', '-04:00', '2026-11-01 18:15'),
  row('America/New_York', '2026-11-01 01:30', '2026-11-01T05:30:00Z', '-04:00', '2026-11-01 19:15', { repeated: 'first' }),
  row('America/New_York', '2026-11-01 01:30', '2026-11-01T06:30:00Z', '-05:00', '2026-11-01 20:15', { repeated: 'second' }),
  row('America/New_York', '2026-11-01 02:30', '2026-11-01T07:30:00Z', '-05:00', '2026-11-01 21:15'),
  row('America/New_York', '2026-11-01 10:00', '2026-11-01T15:00:00Z', '-05:00', '2026-11-02 04:45'),
  row('America/New_York', '2026-11-01 13:00', '2026-11-01T18:00:00Z', '-05:00', '2026-11-02 07:45'),
  row('America/New_York', '2026-11-02 10:00', '2026-11-02T15:00:00Z', '-05:00', '2026-11-03 04:45'),
  // Madrid: CET +01:00 → CEST +02:00 on 29 March (02:00 → 03:00), back on 25 October (03:00 → 02:00).
  row('Europe/Madrid', '2026-03-28 13:00', '2026-03-28T12:00:00Z', '+01:00', '2026-03-29 01:45'),
  row('Europe/Madrid', '2026-03-29 01:30', '2026-03-29T00:30:00Z', '+01:00', '2026-03-29 14:15'),
  row('Europe/Madrid', '2026-03-29 02:30', '2026-03-29T01:30:00Z', '+02:00', '2026-03-29 15:15', { skipped: '03:30' }),
  row('Europe/Madrid', '2026-03-29 03:00', '2026-03-29T01:00:00Z', '+02:00', '2026-03-29 14:45'),
  row('Europe/Madrid', '2026-03-29 10:00', '2026-03-29T08:00:00Z', '+02:00', '2026-03-29 21:45'),
  row('Europe/Madrid', '2026-03-29 13:30', '2026-03-29T11:30:00Z', '+02:00', '2026-03-30 01:15'),
  row('Europe/Madrid', '2026-03-29 23:30', '2026-03-29T21:30:00Z', '+02:00', '2026-03-30 11:15'),
  row('Europe/Madrid', '2026-10-25 01:30', '2026-10-24T23:30:00Z', '+02:00', '2026-10-25 13:15'),
  row('Europe/Madrid', '2026-10-25 02:30', '2026-10-25T00:30:00Z', '+02:00', '2026-10-25 14:15', { repeated: 'first' }),
  row('Europe/Madrid', '2026-10-25 02:30', '2026-10-25T01:30:00Z', '+01:00', '2026-10-25 15:15', { repeated: 'second' }),
  row('Europe/Madrid', '2026-10-25 03:30', '2026-10-25T02:30:00Z', '+01:00', '2026-10-25 16:15'),
  row('Europe/Madrid', '2026-10-25 10:00', '2026-10-25T09:00:00Z', '+01:00', '2026-10-25 22:45'),
  row('Europe/Madrid', '2026-10-25 13:00', '2026-10-25T12:00:00Z', '+01:00', '2026-10-26 01:45'),
  row('Europe/Madrid', '2026-10-26 10:00', '2026-10-26T09:00:00Z', '+01:00', '2026-10-26 22:45'),
  // Sydney: AEDT +11:00 → AEST +10:00 on 5 April (03:00 → 02:00), forward again on 4 October (02:00 → 03:00).
  row('Australia/Sydney', '2026-04-04 13:00', '2026-04-04T02:00:00Z', '+11:00', '2026-04-04 15:45'),
  row('Australia/Sydney', '2026-04-05 01:30', '2026-04-04T14:30:00Z', '+11:00', '2026-04-05 03:15'),
  row('Australia/Sydney', '2026-04-05 02:30', '2026-04-04T15:30:00Z', '+11:00', '2026-04-05 04:15', { repeated: 'first' }),
  row('Australia/Sydney', '2026-04-05 02:30', '2026-04-04T16:30:00Z', '+10:00', '2026-04-05 05:15', { repeated: 'second' }),
  row('Australia/Sydney', '2026-04-05 03:30', '2026-04-04T17:30:00Z', '+10:00', '2026-04-05 06:15'),
  row('Australia/Sydney', '2026-04-05 10:00', '2026-04-05T00:00:00Z', '+10:00', '2026-04-05 12:45'),
  row('Australia/Sydney', '2026-04-05 13:00', '2026-04-05T03:00:00Z', '+10:00', '2026-04-05 15:45'),
  row('Australia/Sydney', '2026-10-04 01:30', '2026-10-03T15:30:00Z', '+10:00', '2026-10-04 05:15'),
  row('Australia/Sydney', '2026-10-04 02:30', '2026-10-03T16:30:00Z', '+11:00', '2026-10-04 06:15', { skipped: '03:30' }),
  row('Australia/Sydney', '2026-10-04 03:00', '2026-10-03T16:00:00Z', '+11:00', '2026-10-04 05:45'),
  row('Australia/Sydney', '2026-10-04 10:00', '2026-10-03T23:00:00Z', '+11:00', '2026-10-04 12:45'),
  row('Australia/Sydney', '2026-10-04 13:00', '2026-10-04T02:00:00Z', '+11:00', '2026-10-04 15:45'),
  row('Australia/Sydney', '2026-10-05 10:00', '2026-10-04T23:00:00Z', '+11:00', '2026-10-05 12:45'),
  // No DST: the same clock times on the transition dates mean nothing special (02:30 exists, 01:30 happens once).
  row('America/Guayaquil', '2026-03-08 02:30', '2026-03-08T07:30:00Z', '-05:00', '2026-03-08 21:15'),
  row('America/Guayaquil', '2026-03-29 13:00', '2026-03-29T18:00:00Z', '-05:00', '2026-03-30 07:45'),
  row('America/Guayaquil', '2026-10-25 02:30', '2026-10-25T07:30:00Z', '-05:00', '2026-10-25 21:15'),
  row('America/Guayaquil', '2026-11-01 01:30', '2026-11-01T06:30:00Z', '-05:00', '2026-11-01 20:15'),
  row('America/Guayaquil', '2026-11-01 10:00', '2026-11-01T15:00:00Z', '-05:00', '2026-11-02 04:45'),
  row('America/Guayaquil', '2026-11-01 19:30', '2026-11-02T00:30:00Z', '-05:00', '2026-11-02 14:15'),
  row('Asia/Kolkata', '2026-03-29 13:00', '2026-03-29T07:30:00Z', '+05:30', '2026-03-29 21:15'),
  row('Asia/Kolkata', '2026-11-01 02:30', '2026-10-31T21:00:00Z', '+05:30', '2026-11-01 10:45'),
];

/** The business zones the table covers. */
export const BUSINESS_ZONES = [...new Set(DST_CASES.map((c) => c.zone))];

export const casesIn = (zone: string, date?: PlainDate) =>
  DST_CASES.filter((c) => c.zone === zone && (date === undefined || c.date === date));

export const findCase = (zone: string, date: PlainDate, time: PlainTime, repeated?: 'first' | 'second'): DstCase => {
  const found = DST_CASES.find((c) => c.zone === zone && c.date === date && c.time === time && c.repeated === repeated);
  if (!found) throw new Error(`No DST case ${zone} ${date} ${time} ${repeated ?? ''}`);
  return found;
};

/* The same moment in the shapes backends use. */

/** CitaPro's availability format: business wall-clock, no offset. Cannot tell a repeated hour's occurrences apart. */
export const asWallClock = (c: DstCase, minutesLater = 0): string =>
  minutesLater === 0 ? `${c.date} ${c.time}:00` : wallClockIn(c.zone, new Date(Date.parse(c.instant) + minutesLater * 60_000));

/** ISO 8601 with the zone's offset: exact for every case, repeated hours included. */
export const asIsoWithOffset = (c: DstCase): string => `${c.date}T${c.shownTime}:00${c.offset}`;

/** Minutes after the business day's midnight on its clock (LatePoint-style `start_time`). */
export const minutesOfDay = (c: DstCase): number => {
  const [h, m] = c.time.split(':').map(Number);
  return h * 60 + m;
};

/** `YYYY-MM-DD HH:mm:ss` of an instant on a zone's clock, read with Intl alone. */
export function wallClockIn(zone: string, instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
