/**
 * `<booking-widget backend="miketsu" mode="merchant">` driven as a front-desk employee against the fake
 * Miketsu backend at the HTTP edge: an appointment for a known customer, a weekly class series for two
 * customers (one new), the preview's opening-hours flags, the errors the docs name, accessibility, and
 * the fall-back to customer mode when a backend cannot book for customers.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { formatDateTime, formatTime, formatTimeZone } from '../../src/core/format.js';
import { addPlainDays, toIsoInstant, wallClockToInstant } from '../../src/core/zoned-time.js';
import type { BookingCreatedEvent, BookingErrorEvent } from '../../src/events.js';
import { MIKETSU_IDS } from '../../src/mocks/miketsu/index.js';
import { click, findAllByShadowRole, findByShadowRole, findByShadowText, press, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { button, chooseUpToDetails, citaProFake, heading, mountWidget as mountCitaPro, oneEvent, pickFirstAvailableDay } from './citapro-fixture.js';
import { apiBase, chooseTime, deskPosts, errorText, miketsuFake, mountDesk, outsideHours, pickCustomer, plain, zone } from './miketsu-desk-fixture.js';

describe('<booking-widget backend="miketsu" mode="merchant">', () => {
  useNetwork();

  it('books an appointment for an existing customer: the seed body, no reference, the booking in the calendar', async () => {
    const fake = miketsuFake();
    const widget = await mountDesk();
    const slot = await chooseTime(widget, /Corte de cabello/);
    await findByShadowText(widget, 'An appointment is for one customer.');
    await pickCustomer(widget, 'jane', /Jane Smith/);
    await findByShadowRole(widget, 'button', { name: 'Remove Jane Smith' });
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Continue'));

    await heading(widget, 'Review the booking');
    await expect(widget).to.be.accessible();
    const summary = plain(widget.shadowRoot!.querySelector('booking-front-desk-review')!.shadowRoot!.textContent);
    expect(summary).to.contain('Jane Smith').and.to.contain('Does not repeat').and.to.contain('Corte de cabello');
    // Back keeps the customer.
    await click(await button(widget, 'Back'));
    await heading(widget, 'Customers');
    await findByShadowRole(widget, 'button', { name: 'Remove Jane Smith' });
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');

    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Create booking'));
    const event = await created;
    await heading(widget, 'Booking created');
    await findByShadowText(widget, 'The booking for Jane Smith is in the calendar.');
    await findByShadowText(widget, /returns no reference/);
    await expect(widget).to.be.accessible();

    const posts = deskPosts(fake);
    expect(posts).to.have.length(1);
    expect(posts[0].body).to.deep.equal({ service_id: MIKETSU_IDS.haircut, timestamp: slot.start, customers: [{ id: MIKETSU_IDS.jane }], is_recurring: false });
    expect(fake.requests.some((r) => r.url.pathname === '/api/v1/bookings/customer'), 'not the customer route').to.equal(false);
    const booked = fake.state.bookings.filter((b) => b.service_id === MIKETSU_IDS.haircut);
    expect(booked).to.have.length(1);
    expect(booked[0].from_date).to.equal(slot.start);
    expect(booked[0].participants!.map((p) => p.customer_id)).to.deep.equal([MIKETSU_IDS.jane]);
    expect(event.detail.bookingId).to.equal(undefined);
    expect(event.detail).to.deep.include({ start: slot.start, timeZone: zone });
    expect(event.detail.client).to.deep.include({ name: 'Jane Smith', email: 'jane.smith@example.com' });

    // Another booking starts afresh.
    await click(await button(widget, 'Create another booking'));
    await heading(widget, 'Choose a service');
  });

  it('a weekly class on Monday, Wednesday and Friday for two customers, one new: the series body and its bookings', async function () {
    // A person's whole session: typing a new customer and a series takes longer than mocha's default.
    this.timeout(30000);
    const fake = miketsuFake();
    const widget = await mountDesk();
    const slot = await chooseTime(widget, /Yoga en grupo/);
    // A new session: its seats are the booking system's to check.
    expect(slot.session, 'a free time, not an existing session').to.equal(undefined);
    await findByShadowText(widget, 'A group session: add everyone who is coming; the booking system checks the seats.');
    await pickCustomer(widget, 'lucía', /Lucía Andrade/);
    await click(await button(widget, 'Add a new customer'));
    await type(await findByShadowRole(widget, 'textbox', { name: 'First name' }), 'Rosa');
    await type(await findByShadowRole(widget, 'textbox', { name: 'Last name' }), 'Quispe');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Email/ }), 'rosa.quispe@example.com');
    await click(await button(widget, 'Add customer'));
    await findByShadowText(widget, 'Rosa Quispe added.');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Note for the team/ }), 'Grupo de principiantes');

    await click(await findByShadowRole(widget, 'checkbox', { name: 'Repeat' }));
    for (const day of ['Monday', 'Wednesday', 'Friday']) await click(await button(widget, day));
    // The page styles the editor two shadow roots down: the form forwards its parts, the widget re-exports them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('booking-widget::part(repeat-weekday-selected) { outline: 3px dotted rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    expect(getComputedStyle(await button(widget, 'Monday')).outlineColor).to.equal('rgb(1, 2, 3)');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    const until = addPlainDays(slot.date, 28);
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Continue'));

    await heading(widget, 'Review the booking');
    // The first date (RFC 5545: DTSTART always counts), then every Monday, Wednesday and Friday up to the until date, inclusive.
    const dates = [slot.date];
    for (let d = addPlainDays(slot.date, 1); d <= until; d = addPlainDays(d, 1)) if ([1, 3, 5].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) dates.push(d);
    const review = widget.shadowRoot!.querySelector('booking-front-desk-review')!;
    const series = plain(review.shadowRoot!.querySelector('[part="series"]')!.textContent);
    expect(series).to.match(new RegExp(`^Repeats weekly on Mon, Wed, Fri until .+ — ${dates.length} dates$`));
    expect(plain(review.shadowRoot!.textContent)).to.contain('Lucía Andrade').and.to.contain('Rosa Quispe').and.to.contain('Grupo de principiantes');
    await expect(widget).to.be.accessible();
    await click(await button(widget, `Create ${dates.length} bookings`));

    await heading(widget, 'Series created');
    await findByShadowText(widget, `${dates.length} bookings for Lucía Andrade and Rosa Quispe are in the calendar.`);
    const posts = deskPosts(fake);
    expect(posts).to.have.length(1);
    const untilInstant = toIsoInstant(wallClockToInstant(until, slot.time, zone));
    expect(posts[0].body).to.deep.equal({
      service_id: MIKETSU_IDS.yoga,
      timestamp: slot.start,
      customers: [{ id: MIKETSU_IDS.lucia }, { first_name: 'Rosa', last_name: 'Quispe', email: 'rosa.quispe@example.com' }],
      merchant_note: 'Grupo de principiantes',
      is_recurring: true,
      recurrence_rule: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: untilInstant },
    });
    expect(untilInstant).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    // The series exists in the fake: a yoga booking at every date, each with both customers.
    const rosa = fake.state.customers.find((c) => c.first_name === 'Rosa' && c.last_name === 'Quispe');
    expect(rosa, 'the new customer was created').to.exist;
    const yoga = [...fake.state.bookings, ...fake.state.sessions].filter((b) => b.service_id === MIKETSU_IDS.yoga);
    for (const date of dates) {
      const start = toIsoInstant(wallClockToInstant(date, slot.time, zone));
      const booking = yoga.find((b) => b.from_date === start);
      expect(booking, `a booking on ${date}`).to.exist;
      expect(booking!.participants!.map((p) => p.customer_id)).to.include.members([MIKETSU_IDS.lucia, rosa!.id]);
    }
  });

  it('the preview flags the dates outside opening hours, and the review counts them', async () => {
    miketsuFake();
    const widget = await mountDesk();
    const slot = await chooseTime(widget, /Corte de cabello/, (label) => /^5:/.test(label));
    await pickCustomer(widget, 'carlos', /Carlos Vega/);
    await click(await findByShadowRole(widget, 'checkbox', { name: 'Repeat' }));
    const frequency = await findByShadowRole(widget, 'combobox', { name: 'Frequency' });
    (frequency as HTMLSelectElement).focus();
    await press('ArrowUp');
    await waitFor(() => expect((frequency as HTMLSelectElement).value).to.equal('DAILY'));

    const until = addPlainDays(slot.date, 28);
    const dates: string[] = [];
    for (let d = slot.date; d <= until; d = addPlainDays(d, 1)) dates.push(d);
    const flagged = dates.filter((d) => outsideHours(d, slot.time, 45));
    expect(flagged.length, 'Sundays at least').to.be.greaterThan(0);
    const preview = await findByShadowRole(widget, 'list', { name: 'Dates this creates' });
    const items = await findAllByShadowRole(preview, 'listitem');
    expect(items).to.have.length(dates.length);
    const marked = items.filter((item) => item.textContent!.includes('outside opening hours'));
    expect(marked.map((item) => items.indexOf(item))).to.deep.equal(flagged.map((d) => dates.indexOf(d)));
    await findByShadowText(widget, `${flagged.length} dates fall outside opening hours.`);
    await expect(widget).to.be.accessible();

    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');
    const review = widget.shadowRoot!.querySelector('booking-front-desk-review')!;
    expect(plain(review.shadowRoot!.querySelector('[part="series"]')!.textContent)).to.match(
      new RegExp(`^Repeats daily until .+ — ${dates.length} dates, ${flagged.length} outside opening hours$`),
    );
    expect(review.shadowRoot!.querySelectorAll('[part="outside"] li')).to.have.length(flagged.length);
    await expect(widget).to.be.accessible();
  });

  it('the review is on the business clock, named, even after the calendar switched to the visitor\'s zone', async function () {
    this.timeout(20000);
    miketsuFake();
    const widget = await mountDesk();
    await heading(widget, 'Choose a service');
    await click(await button(widget, /Corte de cabello/));
    await heading(widget, 'Choose a date and time');
    await pickFirstAvailableDay(widget);
    // Every time button of the day, whatever its label looks like (another clock may name another day).
    const timeButtons = async () => findAllByShadowRole(await findByShadowRole(widget, 'group', { name: /^Times on/ }), 'button');
    const businessLabels = (await timeButtons()).map((b) => plain(b.textContent));
    const index = Math.max(0, businessLabels.findIndex((label) => /^5:/.test(label)));
    // The browser runs in Pacific/Chatham: the desk shows the times on its own clock.
    const toggle = await button(widget, /^Show in my time/);
    await click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).to.equal('true'));
    await waitFor(async () => expect((await timeButtons()).map((b) => plain(b.textContent))).not.to.deep.equal(businessLabels));
    const chosen = (await timeButtons())[index];
    const visitorLabel = plain(chosen.textContent);
    await click(chosen);
    await heading(widget, 'Customers');
    const slot = widget.state.slot!;
    const businessTime = formatTime(slot.start, zone, 'en');
    expect(visitorLabel, 'the calendar showed another clock').not.to.contain(businessTime);

    await pickCustomer(widget, 'carlos', /Carlos Vega/);
    await click(await findByShadowRole(widget, 'checkbox', { name: 'Repeat' }));
    const frequency = await findByShadowRole(widget, 'combobox', { name: 'Frequency' });
    (frequency as HTMLSelectElement).focus();
    await press('ArrowUp');
    await waitFor(() => expect((frequency as HTMLSelectElement).value).to.equal('DAILY'));
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');

    const review = widget.shadowRoot!.querySelector('booking-front-desk-review')!.shadowRoot!;
    const zoneNote = review.querySelector('[part="time-zone"]')!;
    const when = plain(zoneNote.parentElement!.textContent);
    expect(when).to.equal(plain(`${formatDateTime(slot.start, zone, 'en')} Time zone: ${formatTimeZone(zone, 'en', new Date(slot.start))}`));
    expect(when).to.contain('Guayaquil').and.not.to.contain('Chatham');
    // The dates outside opening hours are on the same clock, after a label that carries its own colon.
    expect(plain(review.querySelector('[part="outside"]')!.previousElementSibling!.textContent)).to.equal('Outside opening hours:');
    const outside = [...review.querySelectorAll('[part="outside"] li')].map((li) => plain(li.textContent));
    expect(outside.length, 'Sundays at least').to.be.greaterThan(0);
    for (const text of outside) expect(text).to.contain(plain(businessTime));
    await expect(widget).to.be.accessible();
  });

  it('a 400 is explained in words on the review, and Back leads to the fix', async () => {
    const fake = miketsuFake({ conflicts: 'code' });
    const widget = await mountDesk();
    await chooseTime(widget, /Corte de cabello/);
    await pickCustomer(widget, 'diego', /Diego Salazar/);
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');
    // The customer was removed from the business meanwhile.
    fake.state.customers = fake.state.customers.filter((c) => c.first_name !== 'Diego');
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Create booking'));
    expect((await failed).detail).to.include({ code: 'validation', status: 400 });
    await waitFor(() => expect(errorText(widget)).to.contain('The booking system did not accept the booking: “customer not found”'));
    await heading(widget, 'Review the booking');
    expect(fake.state.bookings.filter((b) => b.service_id === MIKETSU_IDS.haircut)).to.have.length(0);

    await click(await button(widget, 'Back'));
    await heading(widget, 'Customers');
    await click(await button(widget, 'Remove Diego Salazar'));
    await pickCustomer(widget, 'ana', /Ana Torres/);
    await click(await button(widget, 'Continue'));
    await click(await button(widget, 'Create booking'));
    await heading(widget, 'Booking created');
  });

  it('a 409 (the time was taken): back to the calendar, customers and note kept', async () => {
    const fake = miketsuFake();
    const widget = await mountDesk();
    const slot = await chooseTime(widget, /Corte de cabello/);
    await pickCustomer(widget, 'jane', /Jane Smith/);
    await type(await findByShadowRole(widget, 'textbox', { name: /^Note for the team/ }), 'Trae su propio tinte');
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');
    fake.takeSlot({ serviceId: MIKETSU_IDS.haircut, date: slot.date, time: slot.time });
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Create booking'));
    expect((await failed).detail).to.include({ code: 'slot-taken', status: 409 });
    await heading(widget, 'Choose a date and time');
    await waitFor(() => expect(errorText(widget)).to.contain('that time was just taken'));
    // The day stays open, without the time just taken.
    const group = await findByShadowRole(widget, 'group', { name: /^Times on/ });
    const label = formatTime(slot.start, zone, 'en');
    await waitFor(() => expect(queryByShadowRole(group, 'button', { name: label })).to.equal(null));
    const times = (await findAllByShadowRole(group, 'button')).filter((b) => /^\d/.test(b.textContent!.trim()));
    await click(times[0]);
    await heading(widget, 'Customers');
    await findByShadowRole(widget, 'button', { name: 'Remove Jane Smith' });
    expect(((await findByShadowRole(widget, 'textbox', { name: /^Note for the team/ })) as HTMLTextAreaElement).value).to.equal('Trae su propio tinte');
    await click(await button(widget, 'Continue'));
    await click(await button(widget, 'Create booking'));
    await heading(widget, 'Booking created');
    expect(deskPosts(fake).at(-1)!.body).to.include({ merchant_note: 'Trae su propio tinte' });
  });

  it('a 409 on a later date of a series: the date named on the review, the series kept for changing', async () => {
    const fake = miketsuFake();
    const widget = await mountDesk();
    const slot = await chooseTime(widget, /Corte de cabello/);
    await pickCustomer(widget, 'jane', /Jane Smith/);
    await click(await findByShadowRole(widget, 'checkbox', { name: 'Repeat' }));
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review the booking');
    // Someone takes the same time a week later (the default series is weekly).
    const later = addPlainDays(slot.date, 7);
    fake.takeSlot({ serviceId: MIKETSU_IDS.haircut, date: later, time: slot.time });
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Create 5 bookings'));
    expect((await failed).detail).to.include({ code: 'validation', status: 409 });
    await waitFor(() => expect(errorText(widget)).to.contain(later));
    await heading(widget, 'Review the booking');
    await click(await button(widget, 'Back'));
    await heading(widget, 'Customers');
    expect(((await findByShadowRole(widget, 'checkbox', { name: 'Repeat' })) as HTMLInputElement).checked).to.equal(true);
    expect(fake.state.bookings.filter((b) => b.service_id === MIKETSU_IDS.haircut && b.customer !== 'someone else')).to.have.length(0);
  });

  it('a 401 asks for a staff sign-in, keeps everything, and "Try again" books once signed in', async () => {
    const fake = miketsuFake();
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const widget = await mountDesk();
      await chooseTime(widget, /Corte de cabello/);
      await pickCustomer(widget, 'jane', /Jane Smith/);
      await click(await button(widget, 'Continue'));
      await heading(widget, 'Review the booking');
      useHandlers(http.post(`${apiBase}/bookings/merchant`, () => HttpResponse.json({ error: { message: 'unauthorized: missing or invalid token' } }, { status: 401 }), { once: true }));
      const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
      await click(await button(widget, 'Create booking'));
      expect((await failed).detail).to.include({ code: 'signed-out', status: 401, recoverable: true });
      await findByShadowText(widget, /needs a staff sign-in\. Sign in to your dashboard in this browser/);
      expect(logged.join('\n')).to.contain('employee session');
      await heading(widget, 'Review the booking');
      await click(await button(widget, 'Try again'));
      await heading(widget, 'Booking created');
      expect(fake.state.bookings.filter((b) => b.service_id === MIKETSU_IDS.haircut)).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('mode="merchant" on a backend that cannot book for customers: the customer flow, and a hint for the merchant', async () => {
    citaProFake();
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const widget = await mountCitaPro({ mode: 'merchant' });
      await heading(widget, 'Elige un servicio');
      await chooseUpToDetails(widget);
      expect(queryByShadowRole(widget, 'searchbox')).to.equal(null);
      await findByShadowRole(widget, 'textbox', { name: 'Nombre' });
      expect(warned.join('\n')).to.contain('mode="merchant"');
      expect(warned.filter((w) => w.includes('mode="merchant"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
