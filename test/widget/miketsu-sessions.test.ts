/**
 * Group sessions on `<booking-widget backend="miketsu">`: the class "Yoga en grupo" offers its sessions
 * with seats left as the day's times; joining sends `booking_id`; a session that fills up meanwhile ends
 * in a clear message and a refreshed list. Driven as a customer against the fake Miketsu backend.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { miketsuBackend } from '../../src/adapters/miketsu.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import { instantToWallClock } from '../../src/core/zoned-time.js';
import type { BookingCreatedEvent, BookingErrorEvent } from '../../src/events.js';
import { createMiketsuFake, MIKETSU_IDS } from '../../src/mocks/miketsu/index.js';
import { click, findAllByShadowRole, findByShadowRole, queryByShadowRole, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { button, fillDetails, heading, juan, oneEvent } from './citapro-fixture.js';
import '../../src/index.js';

registerBackend('miketsu', miketsuBackend);

const apiBase = 'https://host.example/api/v1';
const zone = 'America/Guayaquil';

function miketsuFake() {
  const fake = createMiketsuFake({ baseUrl: apiBase, timeZone: zone });
  useHandlers(...fake.handlers);
  return fake;
}

async function mountWidget(): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'miketsu', 'api-base': apiBase, merchant: MIKETSU_IDS.merchant, timezone: zone, currency: 'USD' };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const errorText = (widget: BookingWidget) => plain(widget.shadowRoot!.querySelector('[part="error"]')?.textContent);
const calendarAsked = (fake: ReturnType<typeof miketsuFake>) => fake.requests.filter((r) => r.url.pathname.endsWith('/calendar/events')).length;

type Fake = ReturnType<typeof miketsuFake>;
/** The seeded yoga sessions that still have seats, earliest first, with the seats the fake says are left. */
const openSessions = (fake: Fake) =>
  fake.state.sessions
    .map((s) => ({ id: s.id, start: s.from_date, seatsLeft: (s.max_participants ?? 0) - (s.participants ?? []).filter((p) => p.status !== 'cancelled').length }))
    .filter((s) => s.seatsLeft > 0)
    .sort((a, b) => a.start.localeCompare(b.start));

/** Shows the month of `date` (the calendar opens on today's) and opens that day; returns its time buttons. */
async function openDay(widget: BookingWidget, date: string): Promise<HTMLElement[]> {
  const month = date.slice(0, 7);
  if (month !== instantToWallClock(new Date(), zone).date.slice(0, 7)) {
    await click(await button(widget, 'Mes siguiente'));
  }
  const cell = await waitFor(
    async () => {
      const cells = await findAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ });
      const match = cells.find((c) => c.getAttribute('data-date') === date);
      if (!match) throw new Error(`${date} not offered yet`);
      return match;
    },
    { timeout: 8000 },
  );
  await click(cell);
  const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
  return (await findAllByShadowRole(group, 'button')).filter((b) => /^\d/.test(b.textContent!.trim()));
}

/** Yoga → (one location, no professional choice: skipped) → the first session with seats → details → review. */
async function reachReview(widget: BookingWidget, fake: Fake) {
  await heading(widget, 'Elige un servicio');
  await click(await button(widget, /Yoga en grupo/));
  await heading(widget, 'Elige fecha y hora');
  const [first] = openSessions(fake);
  const date = instantToWallClock(first.start, zone).date;
  const times = await openDay(widget, date);
  return { first, date, times };
}

describe('<booking-widget backend="miketsu">: joining a group session', () => {
  useNetwork();

  it('lists sessions with their seats left, and joining sends booking_id', async function () {
    this.timeout(20000);
    const fake = miketsuFake();
    const widget = await mountWidget();
    const { first, times } = await reachReview(widget, fake);

    // The session's time and seats left, in its name and on screen.
    expect(times).to.have.length(1);
    const seats = first.seatsLeft === 1 ? 'Queda 1 plaza' : `Quedan ${first.seatsLeft} plazas`;
    expect(plain(times[0].textContent)).to.equal(`18:30 ${seats}`);
    await findByShadowRole(widget, 'button', { name: `18:30 ${seats}` });
    expect(plain(widget.shadowRoot!.querySelector('booking-slot-calendar')!.shadowRoot!.querySelector('[part="message"]')!.textContent)).to.equal(
      '1 sesión con plazas libres',
    );
    // A full session is not offered: the first seeded one has no seats.
    const full = fake.state.sessions.find((s) => !openSessions(fake).some((o) => o.id === s.id))!;
    expect(full, 'the fake seeds a full session').to.exist;
    const fullDate = instantToWallClock(full.from_date, zone).date;
    const cell = widget.shadowRoot!.querySelector('booking-slot-calendar')!.shadowRoot!.querySelector(`td[data-date="${fullDate}"]`);
    if (cell) expect(cell.getAttribute('aria-label')).to.contain('sin horas libres');
    await expect(widget).to.be.accessible();

    await click(times[0]);
    await heading(widget, 'Tus datos');
    await fillDetails(widget, { ...juan, notes: 'Traigo mi esterilla' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    const review = widget.shadowRoot!.querySelector('booking-review')!.shadowRoot!;
    const rows = [...review.querySelectorAll('[part~="row"]')].map((row) => `${plain(row.querySelector('dt')!.textContent)}: ${plain(row.querySelector('dd')!.textContent)}`);
    expect(rows[0]).to.equal(`Te unes a: Yoga en grupo ${seats}`);
    await expect(widget).to.be.accessible();

    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const { detail } = await created;
    await heading(widget, /Solicitud de reserva recibida|Reserva confirmada/);
    // Joined: the seats it had are no longer news.
    const done = widget.shadowRoot!.querySelector('booking-confirmation')!.shadowRoot!.querySelector('[part~="row"]')!;
    expect(`${plain(done.querySelector('dt')!.textContent)}: ${plain(done.querySelector('dd')!.textContent)}`).to.equal('Te unes a: Yoga en grupo');

    const posts = fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/v1/bookings/customer');
    expect(posts).to.have.length(1);
    const body = posts[0].body as Record<string, unknown>;
    expect(body).to.deep.include({ booking_id: first.id, service_id: MIKETSU_IDS.yoga, timeStamp: first.start, customer_note: 'Traigo mi esterilla' });
    expect(detail.session).to.deep.equal({ id: String(first.id) });
    expect(detail.start).to.equal(first.start);
    // The seat is taken in the backend.
    expect(openSessions(fake).find((s) => s.id === first.id)?.seatsLeft ?? 0).to.equal(first.seatsLeft - 1);
  });

  it('a session that filled up meanwhile: a clear message, back to the calendar with the sessions refreshed, details kept', async function () {
    this.timeout(20000);
    const fake = miketsuFake();
    const widget = await mountWidget();
    const { first, date, times } = await reachReview(widget, fake);
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await fillDetails(widget, { ...juan, notes: 'Primera clase' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');

    fake.fillSession(first.id);
    const asked = calendarAsked(fake);
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    expect((await failed).detail).to.include({ code: 'session-full', recoverable: true });

    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.equal('Lo sentimos, esa sesión se acaba de llenar. Estas son las sesiones que aún tienen plazas.'));
    // The month was asked again and the full session is gone: its day is no longer offered.
    await waitFor(() => expect(calendarAsked(fake)).to.be.greaterThan(asked), { timeout: 6000 });
    await waitFor(() => expect(queryByShadowRole(widget, 'button', { name: /^18:30/ })).to.equal(null), { timeout: 6000 });
    const offered = await findAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ }).catch(() => [] as HTMLElement[]);
    expect(offered.some((c) => c.getAttribute('data-date') === date)).to.equal(false);
    expect(fake.requests.filter((r) => r.method === 'POST'), 'nothing was booked').to.have.length(0);

    // The next session with seats can be joined, and what was typed is still there.
    const [next] = openSessions(fake);
    const nextDate = instantToWallClock(next.start, zone).date;
    if (nextDate.slice(0, 7) === date.slice(0, 7)) {
      const cells = await findAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ });
      await click(cells.find((c) => c.getAttribute('data-date') === nextDate)!);
      const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
      await click((await findAllByShadowRole(group, 'button')).find((b) => /^18:30/.test(b.textContent!.trim()))!);
    } else {
      await click((await openDay(widget, nextDate))[0]);
    }
    await heading(widget, 'Tus datos');
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    expect(notes.value).to.equal('Primera clase');
  });
});
