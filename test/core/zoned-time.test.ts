import { expect } from '@open-wc/testing';
import {
  addMonthsTo,
  instantToWallClock,
  lastDayOfMonth,
  splitRange,
  todayIn,
  toIsoInstant,
  wallClockToInstant,
} from '../../src/core/zoned-time.js';

const instant = (date: string, time: string, zone: string) => toIsoInstant(wallClockToInstant(date, time, zone));

describe('zoned time', () => {
  it('reads the seed example as UTC wall-clock', () => {
    expect(instant('2026-03-10', '09:00:00', 'UTC')).to.equal('2026-03-10T09:00:00Z');
  });

  it('converts wall-clock times in a DST zone on both sides of the spring transition', () => {
    // Europe/Madrid moves from +01:00 to +02:00 on 29 March 2026.
    expect(instant('2026-03-28', '09:00', 'Europe/Madrid')).to.equal('2026-03-28T08:00:00Z');
    expect(instant('2026-03-29', '09:00', 'Europe/Madrid')).to.equal('2026-03-29T07:00:00Z');
    expect(instant('2026-03-29', '13:30', 'Europe/Madrid')).to.equal('2026-03-29T11:30:00Z');
  });

  it('resolves the skipped hour forward and the repeated hour to its first occurrence', () => {
    expect(instant('2026-03-08', '02:30', 'America/New_York')).to.equal('2026-03-08T07:30:00Z');
    expect(instant('2026-11-01', '01:30', 'America/New_York')).to.equal('2026-11-01T05:30:00Z');
  });

  it('handles a southern-hemisphere zone and a zone without DST', () => {
    // Sydney leaves DST on 5 April 2026 (+11:00 → +10:00).
    expect(instant('2026-04-04', '10:00', 'Australia/Sydney')).to.equal('2026-04-03T23:00:00Z');
    expect(instant('2026-04-06', '10:00', 'Australia/Sydney')).to.equal('2026-04-06T00:00:00Z');
    expect(instant('2026-07-01', '10:00', 'America/Guayaquil')).to.equal('2026-07-01T15:00:00Z');
  });

  it('turns instants back into the business zone wall-clock', () => {
    expect(instantToWallClock('2026-10-25T00:30:00Z', 'Europe/Madrid')).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(instantToWallClock('2026-10-25T01:30:00Z', 'Europe/Madrid')).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(instantToWallClock('2026-03-10T03:00:00Z', 'America/Guayaquil')).to.deep.equal({ date: '2026-03-09', time: '22:00' });
  });

  it('knows the business-zone date, which can differ from UTC', () => {
    const now = new Date('2026-03-10T02:00:00Z');
    expect(todayIn('UTC', now)).to.equal('2026-03-10');
    expect(todayIn('America/New_York', now)).to.equal('2026-03-09');
    expect(todayIn('Asia/Tokyo', now)).to.equal('2026-03-10');
  });

  it('does calendar arithmetic on plain dates', () => {
    expect(lastDayOfMonth('2026-02')).to.equal('2026-02-28');
    expect(lastDayOfMonth('2028-02')).to.equal('2028-02-29');
    expect(addMonthsTo('2026-12', 1)).to.equal('2027-01');
    expect(addMonthsTo('2026-01', -1)).to.equal('2025-12');
  });

  it('splits ranges into chunks no longer than the limit', () => {
    expect(splitRange('2026-03-01', '2026-03-31', 30)).to.deep.equal([
      ['2026-03-01', '2026-03-30'],
      ['2026-03-31', '2026-03-31'],
    ]);
    expect(splitRange('2026-02-10', '2026-02-28', 30)).to.deep.equal([['2026-02-10', '2026-02-28']]);
    expect(splitRange('2026-03-01', '2026-03-05', 2)).to.deep.equal([
      ['2026-03-01', '2026-03-02'],
      ['2026-03-03', '2026-03-04'],
      ['2026-03-05', '2026-03-05'],
    ]);
  });
});
