import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/recurrence-editor/recurrence-editor.js';
import type { BookingRecurrence } from '../../src/components/recurrence-editor/recurrence-editor.js';
import { RecurrenceChangeEvent, type RecurrenceChangeDetail } from '../../src/components/recurrence-editor/events.js';
import { localizationContext, type Localization } from '../../src/context.js';
import type { OpeningHours, RecurrenceRule } from '../../src/core/model.js';
import { loadMessages } from '../../src/i18n/index.js';
import { VISITOR_ZONE } from '../core/dst-table.js';
import { click, deepActiveElement, findByShadowRole, findByShadowText, press, queryByShadowRole, type } from '../helpers/user.js';
import { findByShadowLabelText } from 'shadow-dom-testing-library';

/*
 * The business is in Madrid (+01:00, +02:00 from 29 March 2026); the browser runs in Pacific/Chatham,
 * so any date read with the device's zone would show up as a wrong day or hour.
 */

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Monday 2 March 2026, 10:00 in Madrid. */
const first = { date: '2026-03-02', time: '10:00' };

/** Mon 9–14, Tue–Fri 9–18; Wednesday and the weekend closed. */
const day = [{ start: '09:00', end: '18:00' }];
const hours: OpeningHours = { 1: [{ start: '09:00', end: '14:00' }], 2: day, 4: day, 5: day };

type Mount = Partial<{ locale: string; rule: RecurrenceRule; openingHours: OpeningHours; durationMinutes: number }>;

async function mount({ locale = 'en', rule, openingHours, durationMinutes = 60 }: Mount = {}) {
  const el = await fixture<BookingRecurrence>(html`<booking-recurrence locale=${locale} timezone="Europe/Madrid"
    .first=${first} .rule=${rule} .openingHours=${openingHours} .durationMinutes=${durationMinutes}></booking-recurrence>`);
  const events: RecurrenceChangeDetail[] = [];
  el.addEventListener(RecurrenceChangeEvent.eventName, (event) => events.push(event.detail));
  return { el, events };
}

/** The preview's dates as a person reads them. */
async function previewItems(el: HTMLElement): Promise<string[]> {
  await (el as BookingRecurrence).updateComplete;
  const list = queryByShadowRole(el, 'list');
  return list ? [...list.querySelectorAll('li')].map((li) => plain(li.textContent)) : [];
}

/** Clicks the "Repeat" checkbox's label, as a person does. */
const tickRepeat = (el: HTMLElement) => click(el.shadowRoot!.querySelector('label[for="repeat"]')!);
const unitText = (el: HTMLElement) => plain(el.shadowRoot!.getElementById('interval-unit')!.textContent);
const frequencySelect = async (el: HTMLElement, name = 'Frequency') =>
  (await findByShadowRole(el, 'combobox', { name })) as HTMLSelectElement;
const untilInput = async (el: HTMLElement, label = 'Until') => (await findByShadowLabelText(el, label)) as HTMLInputElement;

const statusText = (el: HTMLElement) => plain(el.shadowRoot!.querySelector('[role="status"]')!.textContent);

/** The text of the elements a control's aria-describedby points at. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => plain(root.getElementById(id)?.textContent)).join(' | ');
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday toggles shown pressed, by accessible name. */
async function pressedDays(el: HTMLElement, names = weekdays): Promise<string[]> {
  const pressed: string[] = [];
  for (const name of names) {
    if ((await findByShadowRole(el, 'button', { name })).getAttribute('aria-pressed') === 'true') pressed.push(name);
  }
  return pressed;
}

/** Picks an option of a closed select with the keyboard, as a person does. */
async function choose(select: HTMLSelectElement, label: string) {
  select.focus();
  const target = [...select.options].findIndex((option) => option.text === label);
  const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  for (let i = Math.abs(target - select.selectedIndex); i > 0; i--) await press(key);
  expect(select.selectedIndex).to.equal(target);
}

/** Types a date into a date input, its segments in the order of the browser's own locale (month first in en-US). */
async function typeDate(input: HTMLInputElement, date: string) {
  input.focus();
  const [year, month, day] = date.split('-');
  const segments: Record<string, string> = { year, month, day };
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(0)).map((part) => part.type).filter((type) => type in segments);
  await sendKeys({ type: order.map((type) => segments[type]).join('') });
}

describe('booking-recurrence', () => {
  it('starts as a one-off; ticking Repeat by its label reports a weekly series and previews it', async () => {
    const { el, events } = await mount();
    const repeat = (await findByShadowRole(el, 'checkbox', { name: 'Repeat' })) as HTMLInputElement;
    expect(repeat.checked).to.equal(false);
    expect(queryByShadowRole(el, 'combobox')).to.equal(null);
    expect(await previewItems(el)).to.deep.equal([]);

    await tickRepeat(el);
    expect(repeat.checked).to.equal(true);
    expect(events).to.have.length(1);
    const [detail] = events;
    expect(detail.rule).to.deep.equal({ frequency: 'WEEKLY', interval: 1, weekdays: [], until: '2026-03-30' });
    expect(detail.valid).to.equal(true);
    // The wall clock holds across Madrid's change to summer time on 29 March.
    expect(detail.occurrences.map((o) => o.start)).to.deep.equal(
      ['2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z', '2026-03-16T09:00:00Z', '2026-03-23T09:00:00Z', '2026-03-30T08:00:00Z']);
    expect(statusText(el)).to.equal('5 dates');
    const items = await previewItems(el);
    expect(items).to.have.length(5);
    expect(items[0]).to.match(/^Monday, March 2, 2026 at 10:00 AM$/);
    expect(items[4]).to.match(/^Monday, March 30, 2026 at 10:00 AM$/);
    await findByShadowRole(el, 'list', { name: 'Dates this creates' });
    expect(plain((await findByShadowRole(el, 'combobox', { name: 'Frequency' })).querySelector('option:checked')?.textContent)).to.equal('Weekly');
    expect(description(await findByShadowRole(el, 'group', { name: 'On these days' }))).to.equal('None selected: every Monday.');
    expect((await findByShadowRole(el, 'spinbutton', { name: 'Every' })).getAttribute('aria-describedby')).to.equal('interval-unit');
    expect(unitText(el)).to.equal('week');
  });

  it('repeats every N with the unit following frequency and number, on the pressed weekdays', async () => {
    const everyOtherMWF = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-16', '2026-03-18', '2026-03-20', '2026-03-30'];
    const { el, events } = await mount();
    await tickRepeat(el);
    const every = await findByShadowRole(el, 'spinbutton', { name: 'Every' });
    await type(every, '2');
    expect(unitText(el)).to.equal('weeks');
    for (const name of ['Monday', 'Wednesday', 'Friday']) await click(await findByShadowRole(el, 'button', { name }));
    expect(await pressedDays(el)).to.deep.equal(['Monday', 'Wednesday', 'Friday']);
    expect(events.at(-1)!.rule).to.deep.equal({ frequency: 'WEEKLY', interval: 2, weekdays: ['MO', 'WE', 'FR'], until: '2026-03-30' });
    expect(events.at(-1)!.occurrences.map((o) => o.date)).to.deep.equal(everyOtherMWF);
    expect(statusText(el)).to.equal('7 dates');

    await choose(await frequencySelect(el), 'Daily');
    expect(unitText(el)).to.equal('days');
    await findByShadowRole(el, 'group', { name: 'Only on these days' });
    // Every other day, only on Monday, Wednesday and Friday: 2, 4, 6, 8 (Sun), 10 (Tue)… keep M/W/F.
    expect(events.at(-1)!.occurrences.map((o) => o.date)).to.deep.equal(everyOtherMWF);
    for (const name of ['Monday', 'Wednesday', 'Friday']) await click(await findByShadowRole(el, 'button', { name }));
    expect(events.at(-1)!.rule!.weekdays).to.deep.equal([]);
    expect(description(await findByShadowRole(el, 'group', { name: 'Only on these days' }))).to.equal('None selected: every day.');
    expect(events.at(-1)!.occurrences).to.have.length(15);
  });

  it('sets the last date by typing it; the until date is included', async () => {
    const { el, events } = await mount();
    await tickRepeat(el);
    const until = await untilInput(el);
    expect(until.min).to.equal('2026-03-02');
    await typeDate(until, '2026-04-13');
    expect(until.value).to.equal('2026-04-13');
    expect(events.at(-1)!.rule!.until).to.equal('2026-04-13');
    expect(events.at(-1)!.occurrences.at(-1)!.date).to.equal('2026-04-13');
    expect(statusText(el)).to.equal('7 dates');
  });

  it('explains an invalid interval and a too-early until beside the field, and hides the preview', async () => {
    const { el, events } = await mount();
    await tickRepeat(el);
    const every = await findByShadowRole(el, 'spinbutton', { name: 'Every' });
    await type(every, '0');
    expect(every.getAttribute('aria-invalid')).to.equal('true');
    expect(description(every)).to.equal('weeks | Enter a whole number, 1 or more.');
    expect(events.at(-1)!.valid).to.equal(false);
    expect(events.at(-1)!.rule!.interval).to.equal(0);
    expect(statusText(el)).to.equal('Correct the settings above to see the dates.');
    expect(queryByShadowRole(el, 'list')).to.equal(null);
    await type(every, '');
    expect(events.at(-1)!.valid).to.equal(false);
    expect(description(every)).to.equal('weeks | Enter a whole number, 1 or more.');
    await type(every, '3');
    expect(every.getAttribute('aria-invalid')).to.equal('false');
    expect(description(every)).to.equal('weeks');
    expect(events.at(-1)).to.deep.include({ valid: true });
    expect(events.at(-1)!.occurrences.map((o) => o.date)).to.deep.equal(['2026-03-02', '2026-03-23']);

    const until = await untilInput(el);
    await typeDate(until, '2026-02-20');
    expect(until.getAttribute('aria-invalid')).to.equal('true');
    expect(description(until)).to.equal('Choose a date on or after March 2, 2026.');
    expect(events.at(-1)).to.deep.include({ valid: false });
    await press('Backspace');
    expect(until.value).to.equal('');
    expect(description(until)).to.equal('Choose the last date of the series.');
    expect(events.at(-1)!.rule!.until).to.equal('');
    expect(events.at(-1)!.valid).to.equal(false);
    expect(await el.focusFirstInvalid()).to.equal(true);
    expect(deepActiveElement()).to.equal(until);
    await expect(el).to.be.accessible();
  });

  it('marks each date outside opening hours in words and sums them up in a polite status', async () => {
    const { el, events } = await mount({ openingHours: hours });
    await tickRepeat(el);
    await click(await findByShadowRole(el, 'button', { name: 'Wednesday' }));
    expect(events.at(-1)!.occurrences.map((o) => [o.date, o.outsideHours])).to.deep.equal(
      [['2026-03-02', false], ['2026-03-04', true], ['2026-03-11', true], ['2026-03-18', true], ['2026-03-25', true]]);
    expect(statusText(el)).to.equal('5 dates 4 dates fall outside opening hours.');
    const items = await previewItems(el);
    expect(items[0]).to.equal('Monday, March 2, 2026 at 10:00 AM');
    expect(items[1]).to.equal('Wednesday, March 4, 2026 at 10:00 AM outside opening hours');
    expect(el.shadowRoot!.querySelectorAll('[part~="occurrence-outside"]')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[part~="warning"]')!.closest('[role="status"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('flags a date whose end passes closing time', async () => {
    // 10:00 + 5 h ends at 15:00: after Monday's 14:00 close, inside Thursday's hours.
    const { el, events } = await mount({ openingHours: hours, durationMinutes: 300 });
    await tickRepeat(el);
    await click(await findByShadowRole(el, 'button', { name: 'Thursday' }));
    expect(events.at(-1)!.occurrences.slice(0, 2).map((o) => [o.date, o.end, o.outsideHours])).to.deep.equal(
      [['2026-03-02', '2026-03-02T14:00:00Z', true], ['2026-03-05', '2026-03-05T14:00:00Z', false]]);
    expect(statusText(el)).to.equal('5 dates 1 date falls outside opening hours.');
  });

  it('shows at most 200 dates and says so', async () => {
    const { el, events } = await mount();
    await tickRepeat(el);
    await choose(await frequencySelect(el), 'Daily');
    await typeDate(await untilInput(el), '2027-12-31');
    expect(events.at(-1)!.occurrences).to.have.length(200);
    expect(statusText(el)).to.equal('More than 200 dates; showing the first 200.');
    expect(await previewItems(el)).to.have.length(200);
    expect((await previewItems(el))[199]).to.equal('Thursday, September 17, 2026 at 10:00 AM');
  });

  it('turning Repeat off reports a one-off; turning it on again restores the settings', async () => {
    const { el, events } = await mount();
    const label = el.shadowRoot!.querySelector('label[for="repeat"]')!;
    await click(label);
    await type(await findByShadowRole(el, 'spinbutton', { name: 'Every' }), '2');
    await click(label);
    expect(events.at(-1)).to.deep.equal({
      rule: undefined,
      occurrences: [{ date: '2026-03-02', time: '10:00', start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z', outsideHours: false }],
      valid: true,
    });
    expect(queryByShadowRole(el, 'spinbutton')).to.equal(null);
    expect(queryByShadowRole(el, 'list')).to.equal(null);
    expect(el.rule).to.equal(undefined);
    await click(label);
    expect(events.at(-1)!.rule).to.deep.equal({ frequency: 'WEEKLY', interval: 2, weekdays: [], until: '2026-03-30' });
    expect(((await findByShadowRole(el, 'spinbutton', { name: 'Every' })) as HTMLInputElement).value).to.equal('2');
  });

  it('shows a rule set by code without firing, and can be worked with the keyboard alone', async () => {
    const { el, events } = await mount({ rule: { frequency: 'MONTHLY', interval: 1, weekdays: [], until: '2026-06-30' } });
    expect(events).to.deep.equal([]);
    expect(((await findByShadowRole(el, 'checkbox', { name: 'Repeat' })) as HTMLInputElement).checked).to.equal(true);
    expect((await frequencySelect(el)).value).to.equal('MONTHLY');
    expect(description(await findByShadowRole(el, 'group', { name: 'On these weekdays of the month' })))
      .to.equal('None selected: day 2 of each month; months without that day are skipped.');
    expect(statusText(el)).to.equal('4 dates');
    expect(el.checkValidity()).to.equal(true);
    expect(el.occurrences.map((o) => o.date)).to.deep.equal(['2026-03-02', '2026-04-02', '2026-05-02', '2026-06-02']);

    el.rule = undefined;
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    (await findByShadowRole(el, 'checkbox', { name: 'Repeat' })).focus();
    await press('Space');
    // Cleared by code, so a fresh series starts from the defaults.
    expect(events.at(-1)!.rule).to.deep.equal({ frequency: 'WEEKLY', interval: 1, weekdays: [], until: '2026-03-30' });
    await press('Tab');
    expect(deepActiveElement()).to.equal(await findByShadowRole(el, 'combobox', { name: 'Frequency' }));
    await press('ArrowUp');
    expect(events.at(-1)!.rule!.frequency).to.equal('DAILY');
    await press('Tab');
    expect(deepActiveElement()).to.equal(await findByShadowRole(el, 'spinbutton', { name: 'Every' }));
    await press('ArrowUp');
    expect(events.at(-1)!.rule!.interval).to.equal(2);
    await press('Tab');
    await press('Tab');
    expect(deepActiveElement()).to.equal(await findByShadowRole(el, 'button', { name: 'Tuesday' }));
    await press('Space');
    await press('Tab');
    await press('Enter');
    expect(await pressedDays(el)).to.deep.equal(['Tuesday', 'Wednesday']);
    for (let i = 0; i < 5; i++) await press('Tab');
    expect(deepActiveElement()).to.equal(await findByShadowLabelText(el, 'Until'));
    expect(events.at(-1)!.rule).to.deep.equal({ frequency: 'DAILY', interval: 2, weekdays: ['TU', 'WE'], until: '2026-03-30' });
    // Every other day from Monday 2 March, Tuesdays and Wednesdays only: 4, 10, 18, 24 March.
    expect(events.at(-1)!.occurrences.map((o) => o.date)).to.deep.equal(['2026-03-02', '2026-03-04', '2026-03-10', '2026-03-18', '2026-03-24']);
  });

  it('speaks Spanish: labels, units, weekday names, dates, flags and messages', async () => {
    const { el, events } = await mount({ locale: 'es', openingHours: hours });
    await tickRepeat(el);
    expect(((await findByShadowRole(el, 'checkbox', { name: 'Repetir' })) as HTMLInputElement).checked).to.equal(true);
    const frequency = await frequencySelect(el, 'Frecuencia');
    expect([...frequency.options].map((o) => o.text)).to.deep.equal(['Diaria', 'Semanal', 'Mensual']);
    expect(description(await findByShadowRole(el, 'group', { name: 'Estos días' }))).to.equal('Ninguno seleccionado: cada lunes.');
    expect(unitText(el)).to.equal('semana');
    await type(await findByShadowRole(el, 'spinbutton', { name: 'Cada' }), '2');
    expect(unitText(el)).to.equal('semanas');
    await click(await findByShadowRole(el, 'button', { name: 'miércoles' }));
    await click(await findByShadowRole(el, 'button', { name: 'lunes' }));
    expect(await pressedDays(el, ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'])).to.deep.equal(['lunes', 'miércoles']);
    expect(events.at(-1)!.rule).to.deep.equal({ frequency: 'WEEKLY', interval: 2, weekdays: ['MO', 'WE'], until: '2026-03-30' });
    expect(statusText(el)).to.equal('5 fechas 2 fechas caen fuera del horario de apertura.');
    await findByShadowRole(el, 'list', { name: 'Fechas que se crearán' });
    const items = await previewItems(el);
    expect(items[0]).to.equal('lunes, 2 de marzo de 2026, 10:00');
    expect(items[1]).to.equal('miércoles, 4 de marzo de 2026, 10:00 fuera del horario de apertura');
    expect(items[4]).to.equal('lunes, 30 de marzo de 2026, 10:00');

    await choose(frequency, 'Diaria');
    await findByShadowRole(el, 'group', { name: 'Solo estos días' });
    expect(unitText(el)).to.equal('días');
    const until = await untilInput(el, 'Hasta');
    await typeDate(until, '2026-03-01');
    expect(description(until)).to.equal('Elige una fecha igual o posterior al 2 de marzo de 2026.');
    await type(await findByShadowRole(el, 'spinbutton', { name: 'Cada' }), '0');
    expect(await findByShadowText(el, 'Escribe un número entero, 1 o más.')).to.exist;
    expect(statusText(el)).to.equal('Corrige los ajustes de arriba para ver las fechas.');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean in Arabic, right to left, in the dark theme', async () => {
    const { el } = await mount({ locale: 'ar', openingHours: hours });
    // As an Arabic page sets it around the element.
    el.setAttribute('dir', 'rtl');
    el.setAttribute('theme', 'dark');
    await tickRepeat(el);
    await click(await findByShadowRole(el, 'button', { name: 'الأربعاء' }));
    expect(statusText(el)).to.equal('5 تواريخ تقع 4 تواريخ خارج ساعات العمل.');
    await expect(el).to.be.accessible();
  });

  it('inside the widget follows its language and business zone', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const timeZone = 'America/New_York';
    const l10n: Localization = { locale: 'es', messages: await loadMessages('es'), timeZone, displayTimeZone: VISITOR_ZONE, dir: 'ltr', currency: 'USD' };
    new ContextProvider(host, { context: localizationContext, initialValue: l10n });
    const el = document.createElement('booking-recurrence');
    // Friday 6 March, 9:00 in New York; clocks go forward on Sunday 8 March.
    Object.assign(el, { first: { date: '2026-03-06', time: '09:00' }, durationMinutes: 30 });
    const events: RecurrenceChangeDetail[] = [];
    el.addEventListener(RecurrenceChangeEvent.eventName, (event) => events.push(event.detail));
    host.append(el);
    await el.updateComplete;
    await click(await findByShadowText(el, 'Repetir'));
    await choose(await frequencySelect(el, 'Frecuencia'), 'Diaria');
    await typeDate(await untilInput(el, 'Hasta'), '2026-03-09');
    expect(events.at(-1)!.occurrences.map((o) => o.start)).to.deep.equal(
      ['2026-03-06T14:00:00Z', '2026-03-07T14:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T13:00:00Z']);
    // Shown on the business clock, whatever zone the visitor display is switched to.
    expect((await previewItems(el))[2]).to.equal('domingo, 8 de marzo de 2026, 9:00');
  });
});
