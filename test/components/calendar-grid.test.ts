import { expect } from '@open-wc/testing';
import {
  addMonthsClamped,
  clampDate,
  keyTarget,
  monthWeeks,
  tabStopDate,
} from '../../src/components/slot-calendar/calendar-grid.js';

describe('calendar grid model', () => {
  it('lays out March 2026 from Sunday (en-US) and from Monday (es)', () => {
    // 1 March 2026 is a Sunday.
    const sunday = monthWeeks('2026-03', 0);
    expect(sunday).to.have.length(5);
    expect(sunday[0]).to.deep.equal(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
    expect(sunday[4]).to.deep.equal(['2026-03-29', '2026-03-30', '2026-03-31', null, null, null, null]);

    const monday = monthWeeks('2026-03', 1);
    expect(monday).to.have.length(6);
    expect(monday[0]).to.deep.equal([null, null, null, null, null, null, '2026-03-01']);
    expect(monday[5]).to.deep.equal(['2026-03-30', '2026-03-31', null, null, null, null, null]);
  });

  it('fills every day of the month exactly once, in order', () => {
    const days = monthWeeks('2028-02', 6).flat().filter((d): d is string => d !== null);
    expect(days).to.have.length(29);
    expect(days[0]).to.equal('2028-02-01');
    expect(days[28]).to.equal('2028-02-29');
  });

  it('moves by day and week with the arrows, mirrored in right-to-left', () => {
    const opts = { weekStart: 1 };
    expect(keyTarget('2026-03-18', 'ArrowRight', opts)).to.equal('2026-03-19');
    expect(keyTarget('2026-03-18', 'ArrowLeft', opts)).to.equal('2026-03-17');
    expect(keyTarget('2026-03-18', 'ArrowDown', opts)).to.equal('2026-03-25');
    expect(keyTarget('2026-03-18', 'ArrowUp', opts)).to.equal('2026-03-11');
    expect(keyTarget('2026-03-01', 'ArrowLeft', opts)).to.equal('2026-02-28');
    expect(keyTarget('2026-12-31', 'ArrowRight', opts)).to.equal('2027-01-01');
    expect(keyTarget('2026-03-18', 'ArrowRight', { weekStart: 1, rtl: true })).to.equal('2026-03-17');
    expect(keyTarget('2026-03-18', 'ArrowLeft', { weekStart: 1, rtl: true })).to.equal('2026-03-19');
  });

  it('goes to the start and end of the week as the locale counts it', () => {
    // Wednesday 18 March 2026.
    expect(keyTarget('2026-03-18', 'Home', { weekStart: 1 })).to.equal('2026-03-16');
    expect(keyTarget('2026-03-18', 'End', { weekStart: 1 })).to.equal('2026-03-22');
    expect(keyTarget('2026-03-18', 'Home', { weekStart: 0 })).to.equal('2026-03-15');
    expect(keyTarget('2026-03-18', 'End', { weekStart: 0 })).to.equal('2026-03-21');
    // Already on the edge of the week stays put; Home from Sunday 1 March (Monday weeks) leaves the month.
    expect(keyTarget('2026-03-15', 'Home', { weekStart: 0 })).to.equal('2026-03-15');
    expect(keyTarget('2026-03-01', 'Home', { weekStart: 1 })).to.equal('2026-02-23');
  });

  it('moves by month and year, clamping the day to the month end', () => {
    expect(keyTarget('2026-03-31', 'PageUp', { weekStart: 1 })).to.equal('2026-02-28');
    expect(keyTarget('2026-01-31', 'PageDown', { weekStart: 1 })).to.equal('2026-02-28');
    expect(keyTarget('2026-03-15', 'PageDown', { weekStart: 1 })).to.equal('2026-04-15');
    expect(keyTarget('2026-03-10', 'PageDown', { weekStart: 1, shiftKey: true })).to.equal('2027-03-10');
    expect(keyTarget('2028-02-29', 'PageDown', { weekStart: 1, shiftKey: true })).to.equal('2029-02-28');
    expect(keyTarget('2026-03-10', 'PageUp', { weekStart: 1, shiftKey: true })).to.equal('2025-03-10');
    expect(addMonthsClamped('2026-12-31', 2)).to.equal('2027-02-28');
  });

  it('ignores keys that do not navigate', () => {
    expect(keyTarget('2026-03-18', 'Enter', { weekStart: 1 })).to.equal(undefined);
    expect(keyTarget('2026-03-18', 'a', { weekStart: 1 })).to.equal(undefined);
  });

  it('clamps dates and key moves into an optional range', () => {
    expect(clampDate('2026-02-28', '2026-03-01', '2026-05-31')).to.equal('2026-03-01');
    expect(clampDate('2026-06-01', '2026-03-01', '2026-05-31')).to.equal('2026-05-31');
    expect(clampDate('2026-04-10', '2026-03-01')).to.equal('2026-04-10');
    const bounds = { weekStart: 1, min: '2026-03-01', max: '2026-04-30' };
    expect(keyTarget('2026-03-01', 'ArrowLeft', bounds)).to.equal('2026-03-01');
    expect(keyTarget('2026-03-18', 'PageUp', bounds)).to.equal('2026-03-01');
    expect(keyTarget('2026-04-18', 'PageDown', bounds)).to.equal('2026-04-30');
    expect(keyTarget('2026-04-18', 'ArrowUp', bounds)).to.equal('2026-04-11');
  });

  it('picks one tab stop: focused, else selected, else today, else first available, else the 1st', () => {
    const base = { month: '2026-03', today: '2026-03-10', available: ['2026-02-27', '2026-03-12', '2026-03-20'] };
    expect(tabStopDate({ ...base, focused: '2026-03-25', selected: '2026-03-12' })).to.equal('2026-03-25');
    expect(tabStopDate({ ...base, focused: '2026-04-02', selected: '2026-03-12' })).to.equal('2026-03-12');
    expect(tabStopDate({ ...base, selected: '2026-02-27' })).to.equal('2026-03-10');
    expect(tabStopDate({ ...base, today: '2026-02-20' })).to.equal('2026-03-12');
    expect(tabStopDate({ ...base, today: '2026-02-20', available: [] })).to.equal('2026-03-01');
  });
});
