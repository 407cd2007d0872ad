/** The DST table through the core's zone math and labels, in a browser that runs in another zone. */
import { expect } from '@open-wc/testing';
import { groupByDay } from '../../src/core/availability.js';
import { formatDateTime, slotLabels } from '../../src/core/format.js';
import type { Slot } from '../../src/core/model.js';
import {
  instantToWallClock,
  isSkippedWallClock,
  resolveWallClock,
  sameOffsets,
  todayIn,
  toIsoInstant,
  utcOffset,
  wallClockInstants,
  wallClockToInstant,
} from '../../src/core/zoned-time.js';
import {
  asIsoWithOffset,
  asWallClock,
  BUSINESS_ZONES,
  casesIn,
  DST_CASES,
  DST_TRANSITIONS,
  findCase,
  FIXED_ZONES,
  VISITOR_ZONE,
  wallClockIn,
  type DstCase,
} from './dst-table.js';

const iso = (date: Date) => toIsoInstant(date);
const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000);
/** "03:30" → "3:30": how Spanish (24-hour, no leading zero) writes a time. */
const spanish = (time: string) => time.replace(/^0/, '');

/** Spanish short names of the offsets around the fall-back days (Chromium's ICU). */
const shortZoneNames: Record<string, string> = {
  '-04:00': 'GMT-4',
  '-05:00': 'GMT-5',
  '+02:00': 'CEST',
  '+01:00': 'CET',
  '+11:00': 'GMT+11',
  '+10:00': 'GMT+10',
};

/** A slot as an adapter would build it from a case. */
const slotOf = (c: DstCase, minutes = 30): Slot => ({
  date: c.date,
  time: c.time,
  start: c.instant,
  end: iso(later(c.instant, minutes)),
  professionals: [],
});

/** Each business day of the table with its cases as slots, listed once per instant (as the widget merges them). */
function days() {
  const byDay = new Map<string, DstCase[]>();
  for (const c of DST_CASES) byDay.set(`${c.zone} ${c.date}`, [...(byDay.get(`${c.zone} ${c.date}`) ?? []), c]);
  return [...byDay.values()].map((cases) => {
    const unique = cases.filter((c, i) => cases.findIndex((o) => o.instant === c.instant) === i);
    return { zone: cases[0].zone, date: cases[0].date, cases: unique.sort((a, b) => a.instant.localeCompare(b.instant)) };
  });
}

describe('the test browser', () => {
  it(`runs in ${VISITOR_ZONE}, unlike every business zone in the table`, () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(VISITOR_ZONE);
    // +13:45 in the southern summer, +12:45 in winter: quarter hours and its own DST.
    expect(new Date('2026-01-15T00:00:00Z').getTimezoneOffset()).to.equal(-825);
    expect(new Date('2026-07-15T00:00:00Z').getTimezoneOffset()).to.equal(-765);
    expect(BUSINESS_ZONES).not.to.include(VISITOR_ZONE);
  });
});

describe('the 2026 DST table', () => {
  it('covers the US, EU and Sydney transitions both ways and zones without DST', () => {
    expect(DST_CASES.length).to.equal(51);
    for (const zone of ['America/New_York', 'Europe/Madrid', 'Australia/Sydney']) {
      const kinds = DST_TRANSITIONS.filter((t) => t.zone === zone).map((t) => t.kind).sort();
      expect(kinds, zone).to.deep.equal(['fall-back', 'spring-forward']);
      for (const t of DST_TRANSITIONS.filter((t) => t.zone === zone)) {
        const cases = casesIn(zone, t.date);
        expect(cases.some((c) => (t.kind === 'spring-forward' ? c.skipped : c.repeated === 'second')), `${zone} ${t.date}`).to.equal(true);
      }
    }
    expect(DST_CASES.filter((c) => c.skipped)).to.have.length(3);
    expect(DST_CASES.filter((c) => c.repeated)).to.have.length(6);
    expect(DST_CASES.filter((c) => c.time >= '13:00').length).to.be.greaterThan(10);
    expect(Object.keys(FIXED_ZONES).every((zone) => casesIn(zone).length > 0)).to.equal(true);
    expect(new Set(DST_CASES.map((c) => c.name)).size).to.equal(DST_CASES.length);
  });

  it('agrees with the browser\'s own time-zone data, case by case', () => {
    for (const c of DST_CASES) {
      const at = new Date(c.instant);
      expect(wallClockIn(c.zone, at), c.name).to.equal(`${c.date} ${c.shownTime}:00`);
      expect(wallClockIn(VISITOR_ZONE, at), c.name).to.equal(`${c.visitor.date} ${c.visitor.time}:00`);
      const offset = new Intl.DateTimeFormat('en-US', { timeZone: c.zone, timeZoneName: 'longOffset' }).format(at).split('GMT')[1];
      expect(offset, c.name).to.equal(c.offset);
      expect(Date.parse(asIsoWithOffset(c)), c.name).to.equal(at.getTime());
    }
    for (const t of DST_TRANSITIONS) {
      // A minute before the change the clock reads a minute before `from`.
      const before = new Date(Date.parse(t.at) - 60_000);
      const [h, m] = t.from.split(':').map(Number);
      const minuteBefore = `${String(h - (m === 0 ? 1 : 0)).padStart(2, '0')}:${String((m + 59) % 60).padStart(2, '0')}`;
      expect(wallClockIn(t.zone, before), `${t.zone} ${t.date}`).to.equal(`${t.date} ${minuteBefore}:00`);
      expect(wallClockIn(t.zone, new Date(t.at)), `${t.zone} ${t.date}`).to.equal(`${t.date} ${t.to}:00`);
      expect(utcOffset(before, t.zone)).to.equal(t.offsetBefore);
      expect(utcOffset(t.at, t.zone)).to.equal(t.offsetAfter);
    }
  });
});

describe('zone math on the DST table', () => {
  for (const c of DST_CASES) {
    it(c.name, () => {
      const instants = wallClockInstants(c.date, c.time, c.zone).map(iso);
      if (c.skipped) {
        expect(instants).to.deep.equal([]);
        expect(isSkippedWallClock(c.date, c.time, c.zone)).to.equal(true);
      } else if (c.repeated) {
        const pair = [findCase(c.zone, c.date, c.time, 'first'), findCase(c.zone, c.date, c.time, 'second')];
        expect(instants).to.deep.equal(pair.map((p) => p.instant));
      } else {
        expect(instants).to.deep.equal([c.instant]);
      }

      // Plain wall-clock: the first occurrence, or the time the clock reaches after a gap.
      const plain = iso(wallClockToInstant(c.date, c.time, c.zone));
      expect(plain).to.equal(c.repeated === 'second' ? findCase(c.zone, c.date, c.time, 'first').instant : c.instant);
      // Listed a second time, a repeated time is its second occurrence.
      const taken = new Set([Date.parse(plain)]);
      const again = iso(resolveWallClock(c.date, c.time, c.zone, { taken }));
      expect(again).to.equal(c.repeated ? findCase(c.zone, c.date, c.time, 'second').instant : plain);

      expect(instantToWallClock(c.instant, c.zone)).to.deep.equal({ date: c.date, time: c.shownTime });
      expect(instantToWallClock(c.instant, VISITOR_ZONE)).to.deep.equal(c.visitor);
      expect(utcOffset(c.instant, c.zone)).to.equal(c.offset);
    });
  }

  it('reads a slot\'s end as the occurrence after its start, across every transition', () => {
    // Exact up to the length of the repeated hour; see resolveWallClock for longer slots.
    for (const c of DST_CASES) {
      for (const minutes of [15, 30, 60]) {
        const start = new Date(c.instant);
        const [date, time] = asWallClock(c, minutes).split(' ');
        const end = resolveWallClock(date, time.slice(0, 5), c.zone, { after: start });
        expect(end.getTime() - start.getTime(), `${c.name} + ${minutes} min`).to.equal(minutes * 60_000);
      }
    }
  });

  it('compares zones by their offsets at the instants, not by name', () => {
    const nyWinter = ['2026-01-15T15:00:00Z'];
    const nySummer = ['2026-07-15T15:00:00Z'];
    // Bogotá keeps −05:00 all year: New York's clock agrees in winter only.
    expect(sameOffsets('America/New_York', 'America/Bogota', nyWinter)).to.equal(true);
    expect(sameOffsets('America/New_York', 'America/Bogota', nySummer)).to.equal(false);
    expect(sameOffsets('NZ-CHAT', VISITOR_ZONE, [...nyWinter, ...nySummer])).to.equal(true);
    expect(sameOffsets('Europe/Madrid', VISITOR_ZONE, nyWinter)).to.equal(false);
  });

  it('knows the business date whatever the browser\'s date is', () => {
    // 11:00Z on 8 March: already 9 March in Chatham, still 8 March in New York and Madrid.
    const now = new Date('2026-03-08T11:00:00Z');
    expect(now.getDate()).to.equal(9);
    expect(todayIn('America/New_York', now)).to.equal('2026-03-08');
    expect(todayIn('Europe/Madrid', now)).to.equal('2026-03-08');
    expect(todayIn('Australia/Sydney', now)).to.equal('2026-03-08');
  });
});

describe('slot labels and day grouping on the DST table', () => {
  it('groups every slot under its business date, in time order', () => {
    for (const day of days()) {
      const grouped = groupByDay(day.cases.map((c) => slotOf(c)));
      expect([...grouped.keys()], `${day.zone} ${day.date}`).to.deep.equal([day.date]);
      expect(grouped.get(day.date)!.map((s) => s.start)).to.deep.equal(day.cases.map((c) => c.instant));
    }
  });

  it('shows the business clock in the business zone, both occurrences of a repeated hour told apart', () => {
    for (const day of days()) {
      const labels = slotLabels(day.cases.map((c) => slotOf(c)), day.zone, 'es');
      const expected = day.cases.map((c) => (c.repeated ? `${spanish(c.shownTime)} ${shortZoneNames[c.offset]}` : spanish(c.shownTime)));
      expect(labels, `${day.zone} ${day.date}`).to.deep.equal(expected);
      expect(new Set(labels).size, 'no two buttons read the same').to.equal(labels.length);
    }
    const fallBack = casesIn('America/New_York', '2026-11-01').filter((c) => c.repeated);
    expect(slotLabels(fallBack.map((c) => slotOf(c)), 'America/New_York', 'en-US')).to.deep.equal(['1:30 AM EDT', '1:30 AM EST']);
  });

  it('writes times at and after 13:00 on the locale\'s clock (24-hour Spanish, 12-hour US English)', () => {
    const cases = [
      findCase('America/New_York', '2026-03-08', '13:00'),
      findCase('Europe/Madrid', '2026-03-29', '13:30'),
      findCase('Europe/Madrid', '2026-03-29', '23:30'),
      findCase('America/New_York', '2026-11-01', '00:30'),
    ];
    const es = cases.map((c) => slotLabels([slotOf(c)], c.zone, 'es')[0]);
    const en = cases.map((c) => slotLabels([slotOf(c)], c.zone, 'en-US')[0]);
    expect(es).to.deep.equal(['13:00', '13:30', '23:30', '0:30']);
    expect(en).to.deep.equal(['1:00 PM', '1:30 PM', '11:30 PM', '12:30 AM']);
  });

  it('in the visitor\'s zone, shows their clock and names the day when it is another date', () => {
    const weekday = (date: string) =>
      new Intl.DateTimeFormat('es', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
    for (const day of days()) {
      const labels = slotLabels(day.cases.map((c) => slotOf(c)), VISITOR_ZONE, 'es');
      const expected = day.cases.map((c) =>
        c.visitor.date === c.date ? spanish(c.visitor.time) : `${weekday(c.visitor.date)}, ${spanish(c.visitor.time)}`,
      );
      expect(labels, `${day.zone} ${day.date}`).to.deep.equal(expected);
    }
    // New York 13:00 on 8 March is 6:45 the next morning in Chatham.
    const c = findCase('America/New_York', '2026-03-08', '13:00');
    expect(slotLabels([slotOf(c)], VISITOR_ZONE, 'es')).to.deep.equal(['lun, 9 mar, 6:45']);
    expect(slotLabels([slotOf(c)], VISITOR_ZONE, 'en-US')).to.deep.equal(['Mon, Mar 9, 6:45 AM']);
  });

  it('names the zone in a full date and time only when that clock time happens twice', () => {
    const second = findCase('Europe/Madrid', '2026-10-25', '02:30', 'second');
    expect(formatDateTime(second.instant, second.zone, 'es')).to.equal('domingo, 25 de octubre de 2026, 2:30 CET');
    const first = findCase('America/New_York', '2026-11-01', '01:30', 'first');
    expect(formatDateTime(first.instant, first.zone, 'en-US')).to.equal('Sunday, November 1, 2026 at 1:30 AM EDT');
    for (const c of DST_CASES.filter((c) => !c.repeated)) {
      expect(formatDateTime(c.instant, c.zone, 'es'), c.name).to.match(/, \d{1,2}:\d{2}$/);
    }
  });
});
