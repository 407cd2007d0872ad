/** How the widget loads availability as the customer moves through months. */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { addMonthsTo, monthOf, todayIn } from '../../src/core/zoned-time.js';
import { formatMonth } from '../../src/core/format.js';
import { click, findByShadowRole, findByShadowText, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { apiBase, button, citaProFake, mountWidget, pickFirstAvailableDay } from './citapro-fixture.js';

const availabilityRequests = (fake: ReturnType<typeof citaProFake>) =>
  fake.requests.filter((r) => r.url.pathname === '/v1/bookings/availability');

async function toCalendar(widget: HTMLElement) {
  await click(await button(widget, /Corte de cabello/));
  await click(await button(widget, /Sede Principal/));
  await click(await button(widget, /María García/));
}

describe('<booking-widget> availability by month', () => {
  useNetwork();

  it('asks at most 30 days per request, from today, and never fetches a loaded month again', async () => {
    const fake = citaProFake();
    const widget = await mountWidget();
    await toCalendar(widget);
    await pickFirstAvailableDay(widget);
    const thisMonth = monthOf(todayIn('UTC'));
    const next = addMonthsTo(thisMonth, 1);

    await click(await button(widget, 'Mes siguiente'));
    await findByShadowRole(widget, 'grid', { name: formatMonth(next, 'es') });
    await waitFor(() => expect(availabilityRequests(fake).some((r) => r.url.searchParams.get('startDate') === `${next}-01`)).to.equal(true));
    await click(await button(widget, 'Mes anterior'));
    await findByShadowRole(widget, 'grid', { name: formatMonth(thisMonth, 'es') });
    await pickFirstAvailableDay(widget);

    const requests = availabilityRequests(fake);
    for (const request of requests) {
      const start = Date.parse(request.url.searchParams.get('startDate')!);
      const end = Date.parse(request.url.searchParams.get('endDate')!);
      expect((end - start) / 86_400_000 + 1).to.be.at.most(30);
      expect(request.url.searchParams.get('startDate')! >= todayIn('UTC')).to.equal(true);
    }
    const firstMonthStarts = requests.filter((r) => r.url.searchParams.get('startDate')!.startsWith(thisMonth));
    expect(firstMonthStarts.length, 'this month was fetched once').to.equal(new Set(firstMonthStarts.map((r) => r.url.searchParams.get('startDate'))).size);
  });

  it('an empty month says so and offers the next month with free times', async () => {
    citaProFake();
    const thisMonth = monthOf(todayIn('UTC'));
    const nextMonth = addMonthsTo(thisMonth, 1);
    // The salon is fully booked for the rest of this month.
    useHandlers(
      http.get(`${apiBase}/v1/bookings/availability`, ({ request }) =>
        new URL(request.url).searchParams.get('startDate')!.startsWith(thisMonth)
          ? HttpResponse.json({ days: [], professionals: [], slots: [], limitExceeded: false })
          : undefined,
      ),
    );
    const widget = await mountWidget();
    await toCalendar(widget);
    const monthName = formatMonth(nextMonth, 'es');
    await findByShadowText(widget, `No hay horas libres en ${formatMonth(thisMonth, 'es')}.`);
    const show = await button(widget, `Ver ${monthName}`);
    await click(show);
    await findByShadowRole(widget, 'grid', { name: monthName });
    const times = await pickFirstAvailableDay(widget);
    expect(times.length).to.be.greaterThan(0);
  });

  it('when months change quickly, the last one asked is the one shown', async () => {
    citaProFake();
    const thisMonth = monthOf(todayIn('UTC'));
    const next = addMonthsTo(thisMonth, 1);
    let release!: () => void;
    const slowFirst = new Promise<void>((resolve) => (release = resolve));
    useHandlers(
      http.get(`${apiBase}/v1/bookings/availability`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('startDate')!.startsWith(next)) {
          await slowFirst;
          await delay(10);
        }
        return undefined;
      }),
    );
    const widget = await mountWidget();
    await toCalendar(widget);
    await pickFirstAvailableDay(widget);
    await click(await button(widget, 'Mes siguiente'));
    await findByShadowRole(widget, 'grid', { name: formatMonth(next, 'es') });
    await click(await button(widget, 'Mes anterior'));
    release();
    await findByShadowRole(widget, 'grid', { name: formatMonth(thisMonth, 'es') });
    const days = await pickFirstAvailableDay(widget);
    expect(days.length).to.be.greaterThan(0);
    expect(widget.shadowRoot!.querySelector('booking-slot-calendar')!.month).to.equal(thisMonth);
  });
});
