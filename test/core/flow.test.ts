import { expect } from '@open-wc/testing';
import {
  assignedProfessional,
  chooseLocation,
  chooseProfessional,
  chooseService,
  chooseSlot,
  initialFlow,
  nextStep,
  previousStep,
  restart,
  routeBookingFailure,
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
    expect(routeBookingFailure(failure('server'), slot)).to.deep.equal({ step: 'review', canRetry: true });
    expect(routeBookingFailure(failure('timeout', {}, { outcomeUnknown: true }), slot)).to.deep.equal({ step: 'review', canRetry: false });
    expect(routeBookingFailure(failure('unauthorized'), slot)).to.deep.equal({ step: 'review', canRetry: false });
  });
});
