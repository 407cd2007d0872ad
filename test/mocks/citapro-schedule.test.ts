import { expect } from '@open-wc/testing';
import { checkSlot, computeAvailability, formatWallClock, type ScheduleData } from '../../src/mocks/citapro/schedule.js';
import type { CitaProBooking, CitaProPerson, WeeklyHours } from '../../src/mocks/citapro/types.js';

const LOC = 'loc-main';
const OTHER_LOC = 'loc-other';
const SVC = 'svc-60';
const A = 'person-a';
const B = 'person-b';
const UTC = { now: new Date('2026-03-09T08:00:00Z'), timeZone: 'UTC' }; // a Monday, 08:00

const weekdayHours: WeeklyHours = { 1: [{ start: '09:00', end: '12:00' }], 2: [{ start: '09:00', end: '12:00' }], 3: [{ start: '09:00', end: '12:00' }], 4: [{ start: '09:00', end: '12:00' }], 5: [{ start: '09:00', end: '12:00' }] };

const person = (id: string, p: Partial<CitaProPerson>): CitaProPerson => ({
  id, firstname: id === A ? 'Ana' : 'Beto', lastname: 'Ruiz', email: `${id}@example.com`, phone: '+593990000000',
  status: 'active', locationIds: [LOC], workingDays: [1, 2, 3, 4, 5], ...p,
});

function makeData(over: Partial<ScheduleData> = {}, hours: WeeklyHours = weekdayHours): ScheduleData {
  return {
    settings: { businessAccountId: 'acct', slotIntervalMinutes: 30, minLeadMinutes: 60, horizonDays: 10 },
    locations: [
      { id: LOC, name: 'Main', address: 'Street 1', status: 'active', openingHours: hours },
      { id: OTHER_LOC, name: 'Other', address: 'Street 2', status: 'active', openingHours: hours },
    ],
    services: [{ id: SVC, name: 'Cut', duration: 60, price: 50, status: 'active', domiciliary: false, virtual: false, categoryId: null, description: null, sessions: null, simultaneous: 1 }],
    people: [
      person(A, {}),
      person(B, { workingDays: [1, 3, 5] }),
      person('inactive', { status: 'inactive' }),
      person('elsewhere', { locationIds: [OTHER_LOC] }),
    ],
    bookings: [],
    ...over,
  };
}

const booking = (personId: string, start: string, end: string, status: CitaProBooking['status'] = 'confirmed'): CitaProBooking => ({
  id: `b-${personId}-${start}`, startTime: start, endTime: end, status, internalNote: null, clientNote: null,
  paymentStatus: null, isFromWeb: false, isFromAgent: false, amount: 50, clientId: 'c', locationId: LOC, serviceId: SVC,
  personId, paymentId: null, businessAccountId: 'acct', notifyClient: true, repeatGroupId: null, answers: null,
  questionaryId: null, createdAt: '2026-03-01T00:00:00Z',
});

const query = (startDate: string, endDate: string, professionalId?: string) =>
  ({ locationId: LOC, serviceId: SVC, startDate, endDate, ...(professionalId ? { professionalId } : {}) });
const startsOn = (result: ReturnType<typeof computeAvailability>, date: string) =>
  result.slots.filter((s) => s.startTime.startsWith(date)).map((s) => s.startTime.slice(11, 16));

describe('CitaPro fake: availability computation', () => {
  it('offers each interval step inside opening hours on open days only', () => {
    const result = computeAvailability(makeData(), query('2026-03-09', '2026-03-15'), UTC);
    expect(result.days).to.deep.equal(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect(startsOn(result, '2026-03-09')).to.deep.equal(['09:00', '09:30', '10:00', '10:30', '11:00']);
    expect(result.slots[0]).to.deep.equal({
      startTime: '2026-03-09 09:00:00',
      endTime: '2026-03-09 10:00:00',
      professionals: [{ id: A, name: 'Ana Ruiz' }, { id: B, name: 'Beto Ruiz' }],
    });
    expect(result.limitExceeded).to.equal(false);
  });

  it('only lists active professionals assigned to the location, on the weekdays they work', () => {
    const result = computeAvailability(makeData(), query('2026-03-09', '2026-03-13'), UTC);
    expect(result.professionals.map((p) => p.id)).to.deep.equal([A, B]);
    const tuesday = result.slots.filter((s) => s.startTime.startsWith('2026-03-10'));
    expect(tuesday.every((s) => s.professionals.length === 1 && s.professionals[0].id === A)).to.equal(true);
  });

  it('respects the minimum lead time', () => {
    const result = computeAvailability(makeData(), query('2026-03-09', '2026-03-09'), { ...UTC, now: new Date('2026-03-09T09:10:00Z') });
    expect(startsOn(result, '2026-03-09')).to.deep.equal(['10:30', '11:00']);
  });

  it('clips a range past the booking horizon and says so', () => {
    const past = computeAvailability(makeData(), query('2026-03-16', '2026-03-25'), UTC);
    expect(past.limitExceeded).to.equal(true);
    expect(past.days.at(-1)).to.equal('2026-03-19'); // today + 10 days, a Thursday
    const within = computeAvailability(makeData(), query('2026-03-16', '2026-03-19'), UTC);
    expect(within.limitExceeded).to.equal(false);
    expect(within.days).to.include('2026-03-19');
    const beyond = computeAvailability(makeData(), query('2026-03-20', '2026-03-25'), UTC);
    expect(beyond).to.deep.equal({ days: [], professionals: [], slots: [], limitExceeded: true });
  });

  it('removes a professional from every slot that overlaps their booking; cancelled bookings free it', () => {
    const taken = makeData({ bookings: [booking(A, '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z')] });
    expect(startsOn(computeAvailability(taken, query('2026-03-10', '2026-03-10'), UTC), '2026-03-10')).to.deep.equal(['09:00', '11:00']);
    // Wednesday: B also works, so the slots stay with B only.
    const wednesday = makeData({ bookings: [booking(A, '2026-03-11T10:00:00Z', '2026-03-11T11:00:00Z')] });
    const ten = computeAvailability(wednesday, query('2026-03-11', '2026-03-11'), UTC).slots.find((s) => s.startTime === '2026-03-11 10:00:00');
    expect(ten?.professionals).to.deep.equal([{ id: B, name: 'Beto Ruiz' }]);
    const cancelled = makeData({ bookings: [booking(A, '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z', 'cancelled')] });
    expect(startsOn(computeAvailability(cancelled, query('2026-03-10', '2026-03-10'), UTC), '2026-03-10')).to.have.length(5);
  });

  it('filters by professional', () => {
    const result = computeAvailability(makeData(), query('2026-03-09', '2026-03-15', B), UTC);
    expect(result.days).to.deep.equal(['2026-03-09', '2026-03-11', '2026-03-13']);
    expect(result.professionals).to.deep.equal([{ id: B, name: 'Beto Ruiz' }]);
    expect(result.slots.every((s) => s.professionals.length === 1 && s.professionals[0].id === B)).to.equal(true);
  });

  it('steps by the configured interval from the start of each opening range', () => {
    const data = makeData();
    data.settings.slotIntervalMinutes = 45;
    expect(startsOn(computeAvailability(data, query('2026-03-09', '2026-03-09'), UTC), '2026-03-09')).to.deep.equal(['09:00', '09:45', '10:30']);
    const lunch = makeData({}, { 1: [{ start: '14:00', end: '16:00' }, { start: '09:00', end: '11:00' }] });
    expect(startsOn(computeAvailability(lunch, query('2026-03-09', '2026-03-09'), UTC), '2026-03-09'))
      .to.deep.equal(['09:00', '09:30', '10:00', '14:00', '14:30', '15:00']);
  });

  it('writes wall-clock times in a DST zone on both sides of the change', () => {
    const madrid = { now: new Date('2026-03-27T00:00:00Z'), timeZone: 'Europe/Madrid' };
    const daily: WeeklyHours = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((d) => [d, [{ start: '09:00', end: '11:00' }]]));
    const everyDay = (data: ScheduleData) => {
      data.people.forEach((p) => (p.workingDays = [0, 1, 2, 3, 4, 5, 6]));
      return data;
    };
    const free = computeAvailability(everyDay(makeData({}, daily)), query('2026-03-28', '2026-03-29'), madrid);
    expect(startsOn(free, '2026-03-28')).to.deep.equal(['09:00', '09:30', '10:00']);
    expect(startsOn(free, '2026-03-29')).to.deep.equal(['09:00', '09:30', '10:00']);
    // 09:00 in Madrid is 08:00Z on the 28th (+01:00) and 07:00Z on the 29th (+02:00).
    const bookings = [A, B].map((id) => booking(id, '2026-03-29T07:00:00Z', '2026-03-29T08:00:00Z'));
    const taken = computeAvailability(everyDay(makeData({ bookings }, daily)), query('2026-03-28', '2026-03-29'), madrid);
    expect(startsOn(taken, '2026-03-28')).to.deep.equal(['09:00', '09:30', '10:00']);
    expect(startsOn(taken, '2026-03-29')).to.deep.equal(['10:00']);
  });

  it('skips wall-clock times that do not exist and ends slots at the real elapsed time', () => {
    const madrid = { now: new Date('2026-03-27T00:00:00Z'), timeZone: 'Europe/Madrid' };
    const data = makeData({}, { 0: [{ start: '00:00', end: '05:00' }] });
    data.people.forEach((p) => (p.workingDays = [0]));
    const result = computeAvailability(data, query('2026-03-29', '2026-03-29'), madrid);
    expect(startsOn(result, '2026-03-29')).to.deep.equal(['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00']);
    expect(result.slots.find((s) => s.startTime === '2026-03-29 01:30:00')?.endTime).to.equal('2026-03-29 03:30:00');
  });

  it('checks an arbitrary instant range for a booking', () => {
    const data = makeData({ bookings: [booking(A, '2026-03-11T10:00:00Z', '2026-03-11T11:00:00Z')] });
    const at = (start: string, end: string, personId?: string, ignoreBookingId?: string) =>
      checkSlot(data, { locationId: LOC, start: new Date(start), end: new Date(end), personId, ignoreBookingId }, UTC);
    const offGrid = at('2026-03-11T09:10:00Z', '2026-03-11T10:00:00Z');
    expect(offGrid.ok && offGrid.people.map((p) => p.id)).to.deep.equal([A, B]);
    expect(at('2026-03-11T11:30:00Z', '2026-03-11T12:30:00Z')).to.deep.equal({ ok: false, reason: 'closed' });
    expect(at('2026-03-09T08:30:00Z', '2026-03-09T09:30:00Z')).to.deep.equal({ ok: false, reason: 'too-soon' });
    expect(at('2026-03-20T09:00:00Z', '2026-03-20T10:00:00Z')).to.deep.equal({ ok: false, reason: 'too-far' });
    expect(at('2026-03-11T10:30:00Z', '2026-03-11T11:30:00Z', A)).to.deep.equal({ ok: false, reason: 'unavailable' });
    const moved = at('2026-03-11T10:30:00Z', '2026-03-11T11:30:00Z', A, `b-${A}-2026-03-11T10:00:00Z`);
    expect(moved.ok).to.equal(true);
    const anyone = at('2026-03-11T10:30:00Z', '2026-03-11T11:30:00Z');
    expect(anyone.ok && anyone.people.map((p) => p.id)).to.deep.equal([B]);
  });

  it('formats instants as business-zone wall-clock with seconds', () => {
    expect(formatWallClock('2026-03-10T14:05:09Z', 'America/Guayaquil')).to.equal('2026-03-10 09:05:09');
    expect(formatWallClock('2026-10-25T01:30:00Z', 'Europe/Madrid')).to.equal('2026-10-25 02:30:00');
  });
});
