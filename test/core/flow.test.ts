import { expect } from '@open-wc/testing';
import {
  applyChoice,
  assignedProfessional,
  chooseLocation,
  chooseProfessional,
  chooseService,
  chooseServices,
  chooseSlot,
  chosenServices,
  initialFlow,
  nextStep,
  previousStep,
  restart,
  routeBookingFailure,
  servicesTotal,
  toggleService,
  updateClient,
  visibleSteps,
} from '../../src/core/flow.js';
import type { Slot } from '../../src/core/model.js';

const cut = { id: 's1', name: 'Corte', durationMinutes: 60, price: 50 };
const color = { id: 's2', name: 'Color', durationMinutes: 90, price: 80 };
const slot: Slot = {
  date: '2026-03-10',
  time: '09:00',
  start: '2026-03-10T09:00:00Z',
  end: '2026-03-10T10:00:00Z',
  professionals: [{ id: 'p1', name: 'María' }, { id: 'p2', name: 'Ana' }],
};

describe('booking flow', () => {
  it('shows every step by default and leaves out preset or pointless ones', () => {
    expect(visibleSteps({})).to.deep.equal(['service', 'location', 'professional', 'datetime', 'details', 'review', 'confirmation']);
    expect(visibleSteps({ servicePreset: true, skipLocation: true, skipProfessional: true })).to.deep.equal([
      'datetime',
      'details',
      'review',
      'confirmation',
    ]);
  });

  it('moves forward and back over visible steps only', () => {
    const options = { skipLocation: true };
    expect(nextStep('service', options)).to.equal('professional');
    expect(previousStep('professional', options)).to.equal('service');
    expect(previousStep('service', options)).to.equal(undefined);
    expect(nextStep('confirmation', options)).to.equal('confirmation');
  });

  it('never goes back from the confirmation', () => {
    expect(previousStep('confirmation', {})).to.equal(undefined);
  });

  it('keeps the slot when the same service is chosen again, drops it for another service', () => {
    const withSlot = chooseSlot(chooseService(initialFlow(), cut), slot);
    expect(chooseService(withSlot, cut).slot).to.equal(slot);
    expect(chooseService(withSlot, color).slot).to.equal(undefined);
  });

  it('drops the professional and slot when the location changes, never the typed details', () => {
    let state = updateClient(initialFlow(), { firstName: 'Juan', lastName: 'Pérez', email: 'j@x.ec', phone: '123', notes: 'hola' });
    state = chooseLocation(state, { id: 'l1', name: 'Sede' });
    state = chooseSlot(chooseProfessional(state, { id: 'p1', name: 'María' }), slot);
    const moved = chooseLocation(state, { id: 'l2', name: 'Norte' });
    expect(moved.professional).to.equal(undefined);
    expect(moved.slot).to.equal(undefined);
    expect(moved.client.notes).to.equal('hola');
    expect(chooseLocation(state, { id: 'l1', name: 'Sede' }).slot).to.equal(slot);
  });

  it('assigns the chosen professional, else the first of the slot', () => {
    expect(assignedProfessional({ slot })).to.deep.equal({ id: 'p1', name: 'María' });
    expect(assignedProfessional({ slot, professional: { id: 'p2', name: 'Ana' } })).to.deep.equal({ id: 'p2', name: 'Ana' });
    expect(assignedProfessional({ slot: { ...slot, professionals: [] } })).to.equal(undefined);
  });

  it('restarts at the first step keeping who the customer is but not the note', () => {
    const state = updateClient(chooseService(initialFlow(), cut), { firstName: 'Juan', lastName: 'P', email: 'j@x.ec', phone: '1234567', notes: 'n' });
    const again = restart({ ...state, step: 'confirmation' }, { servicePreset: true }, { service: cut });
    expect(again.step).to.equal('location');
    expect(again.client).to.deep.equal({ firstName: 'Juan', lastName: 'P', email: 'j@x.ec', phone: '1234567', notes: '' });
    expect(again.service).to.equal(cut);
    expect(again.slot).to.equal(undefined);
  });

  it('routes a failed booking to where the customer can fix it', () => {
    const failure = (code: string, fields = {}, extra = {}) => ({ code, fields, recoverable: code !== 'unauthorized', outcomeUnknown: false, ...extra });
    expect(routeBookingFailure(failure('slot-taken', { slot: ['taken'] }), slot)).to.deep.equal({ step: 'datetime', staleMonth: '2026-03' });
    expect(routeBookingFailure(failure('validation', { phone: ['bad'] }), slot)).to.deep.equal({ step: 'details' });
    expect(routeBookingFailure(failure('validation', {}), slot)).to.deep.equal({ step: 'review', canRetry: true });
    // Only the time refused (already past, beyond the horizon): choosing another is the way forward.
    expect(routeBookingFailure(failure('validation', { slot: ['in the past'] }), slot)).to.deep.equal({ step: 'datetime', staleMonth: '2026-03' });
    expect(routeBookingFailure(failure('server'), slot)).to.deep.equal({ step: 'review', canRetry: true });
    expect(routeBookingFailure(failure('timeout', {}, { outcomeUnknown: true }), slot)).to.deep.equal({ step: 'review', canRetry: false });
    expect(routeBookingFailure(failure('unauthorized'), slot)).to.deep.equal({ step: 'review', canRetry: false });
  });

  it('routes a full group session like a taken time: back to the calendar, that month refetched', () => {
    const full = { code: 'session-full', fields: {}, recoverable: true, outcomeUnknown: false };
    const session: Slot = { ...slot, date: '2026-04-02', session: { id: 'b9', seatsLeft: 1, capacity: 10 } };
    expect(routeBookingFailure(full, session)).to.deep.equal({ step: 'datetime', staleMonth: '2026-04' });
  });
});

describe('booking flow: several services', () => {
  const beard = { id: 's3', name: 'Barba', durationMinutes: 15, price: 10.1 };
  const typed = { firstName: 'Juan', lastName: 'Pérez', email: 'j@x.ec', phone: '123', notes: 'hola' };

  it('starts with none; choosing one service makes it the whole set', () => {
    expect(initialFlow().services).to.deep.equal([]);
    const state = chooseService(initialFlow(), cut);
    expect(state.services).to.deep.equal([cut]);
    expect(state.service).to.equal(cut);
  });

  it('toggles services in and out in the order chosen; the first is `service`', () => {
    let state = toggleService(initialFlow(), color);
    state = toggleService(state, cut);
    expect(state.services.map((s) => s.id)).to.deep.equal(['s2', 's1']);
    expect(state.service).to.equal(color);
    state = toggleService(state, color);
    expect(state.services).to.deep.equal([cut]);
    expect(state.service).to.equal(cut);
    state = toggleService(state, cut);
    expect(state.services).to.deep.equal([]);
    expect(state.service).to.equal(undefined);
  });

  it('a changed set drops the chosen slot (the duration changed) and keeps everything else', () => {
    let state = updateClient(initialFlow(), typed);
    state = chooseLocation(chooseServices(state, [cut]), { id: 'l1', name: 'Sede' });
    state = chooseSlot(chooseProfessional(state, { id: 'p1', name: 'María' }), slot);
    const added = toggleService(state, beard);
    expect(added.slot).to.equal(undefined);
    expect(added.location).to.deep.equal({ id: 'l1', name: 'Sede' });
    expect(added.professional).to.deep.equal({ id: 'p1', name: 'María' });
    expect(added.client).to.deep.equal(typed);
    // The same set again (fresh objects, same ids and order) keeps the slot.
    expect(chooseServices(state, [{ ...cut }]).slot).to.equal(slot);
    // Another order is another booking on some backends: the slot goes.
    const two = chooseSlot(chooseServices(state, [cut, beard]), slot);
    expect(chooseServices(two, [beard, cut]).slot).to.equal(undefined);
  });

  it('reads a state that set only `service` (a preset) as that one service', () => {
    expect(chosenServices({ service: cut, services: [] })).to.deep.equal([cut]);
    expect(chosenServices({ services: [] })).to.deep.equal([]);
    expect(toggleService({ ...initialFlow(), service: cut }, beard).services).to.deep.equal([cut, beard]);
  });

  it('adds up duration and price exactly, in the first service\'s currency', () => {
    expect(servicesTotal([cut, beard, { ...color, price: 0.2 }])).to.deep.equal({ durationMinutes: 165, price: 60.3, currency: undefined });
    expect(servicesTotal([{ ...cut, currency: 'EUR' }, beard]).currency).to.equal('EUR');
    expect(servicesTotal([])).to.deep.equal({ durationMinutes: 0, price: 0, currency: undefined });
  });

  it('applies choices made together in flow order, each dropping only what it invalidates', () => {
    const base = chooseSlot(chooseLocation(chooseService(initialFlow(), cut), { id: 'l1', name: 'Sede' }), slot);
    const both = applyChoice(base, { services: [cut, beard] });
    expect(both.services).to.deep.equal([cut, beard]);
    expect(both.slot).to.equal(undefined);
    expect(both.location?.id).to.equal('l1');
    expect(applyChoice(base, { professional: null }).professional).to.equal(undefined);
    const picked = applyChoice(both, { slot });
    expect(picked.slot).to.equal(slot);
    expect(applyChoice(picked, { location: { id: 'l2', name: 'Norte' }, slot }).slot, 'a new slot after the location change').to.equal(slot);
  });

  it('restarts with no services but the preset one', () => {
    const state = { ...toggleService(toggleService(initialFlow(), cut), beard), step: 'confirmation' as const };
    expect(restart(state, {}).services).to.deep.equal([]);
    expect(restart(state, { servicePreset: true }, { service: color, services: [color] }).services).to.deep.equal([color]);
  });
});
