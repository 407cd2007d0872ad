import { expect } from '@open-wc/testing';
import { availabilityKey, groupByDay, mergeAvailability, monthRanges } from '../../src/core/availability.js';
import type { Slot } from '../../src/core/model.js';

const slot = (start: string, date: string, ids: string[] = ['p1']): Slot => ({
  date,
  time: start.slice(11, 16),
  start,
  end: start,
  professionals: ids.map((id) => ({ id, name: id })),
});

describe('availability', () => {
  it('groups slots by business-zone day, in time order', () => {
    // 23:30 UTC on the 9th is already the 10th in Madrid: the adapter's `date` decides, not UTC.
    const days = groupByDay([
      slot('2026-03-10T10:00:00Z', '2026-03-10'),
      slot('2026-03-09T23:30:00Z', '2026-03-10'),
      slot('2026-03-09T09:00:00Z', '2026-03-09'),
    ]);
    expect([...days.keys()]).to.deep.equal(['2026-03-09', '2026-03-10']);
    expect(days.get('2026-03-10')!.map((s) => s.start)).to.deep.equal(['2026-03-09T23:30:00Z', '2026-03-10T10:00:00Z']);
  });

  it('covers a month from today in ranges no longer than the backend allows', () => {
    expect(monthRanges('2026-03', '2026-02-20', 30)).to.deep.equal([
      ['2026-03-01', '2026-03-30'],
      ['2026-03-31', '2026-03-31'],
    ]);
    expect(monthRanges('2026-03', '2026-03-10', 30)).to.deep.equal([['2026-03-10', '2026-03-31']]);
    expect(monthRanges('2026-02', '2026-03-10', 30)).to.deep.equal([]);
    expect(monthRanges('2026-02', '2026-02-28', 30)).to.deep.equal([['2026-02-28', '2026-02-28']]);
  });

  it('merges parts, joining the professionals of a start offered twice', () => {
    const merged = mergeAvailability([
      { slots: [slot('2026-03-31T09:00:00Z', '2026-03-31', ['p1'])] },
      { slots: [slot('2026-03-31T09:00:00Z', '2026-03-31', ['p1', 'p2']), slot('2026-03-30T09:00:00Z', '2026-03-30')], limitExceeded: true },
    ]);
    expect(merged.slots.map((s) => s.start)).to.deep.equal(['2026-03-30T09:00:00Z', '2026-03-31T09:00:00Z']);
    expect(merged.slots[1].professionals.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(merged.limitExceeded).to.equal(true);
  });

  it('keys a month of availability by every input that changes it', () => {
    const a = availabilityKey({ serviceId: 's', locationId: 'l' }, '2026-03');
    expect(a).to.not.equal(availabilityKey({ serviceId: 's', locationId: 'l', professionalId: 'p' }, '2026-03'));
    expect(a).to.not.equal(availabilityKey({ serviceId: 's', locationId: 'l' }, '2026-04'));
    // Several services are one combined duration, in the order chosen; the front desk's new-session times are their own.
    const two = availabilityKey({ serviceId: 's', serviceIds: ['s', 't'], locationId: 'l' }, '2026-03');
    expect(two).to.not.equal(a);
    expect(two).to.not.equal(availabilityKey({ serviceId: 't', serviceIds: ['t', 's'], locationId: 'l' }, '2026-03'));
    expect(availabilityKey({ serviceId: 's', serviceIds: ['s'], locationId: 'l' }, '2026-03')).to.equal(a);
    expect(availabilityKey({ serviceId: 's', locationId: 'l', frontDesk: true }, '2026-03')).to.not.equal(a);
  });
});
