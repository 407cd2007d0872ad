/**
 * `<booking-front-desk-form>` on its own, fed by the real Miketsu adapter over the fake Miketsu backend
 * (msw at the HTTP edge): finding and picking customers, adding new ones with validation, removing,
 * the limits of an appointment and of a class, the note, the repeat editor, and what "Continue" sends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMiketsuAdapter } from '../../src/adapters/miketsu.js';
import '../../src/components/front-desk/front-desk-form.js';
import type { BookingFrontDeskForm } from '../../src/components/front-desk/front-desk-form.js';
import { describeSeries } from '../../src/components/front-desk/describe.js';
import { emptyDraft, type FrontDeskDraft } from '../../src/components/front-desk/draft.js';
import { FrontDeskInputEvent, FrontDeskSubmitEvent, type FrontDeskSubmitDetail } from '../../src/components/front-desk/events.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import type { RecurrenceRule, Service, Slot } from '../../src/core/model.js';
import type { Occurrence } from '../../src/core/recurrence.js';
import { loadMessages } from '../../src/i18n/index.js';
import { toIsoInstant, wallClockToInstant } from '../../src/core/zoned-time.js';
import { createMiketsuFake, MIKETSU_IDS } from '../../src/mocks/miketsu/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import {
  click,
  deepActiveElement,
  findAllByShadowRole,
  findByShadowRole,
  findByShadowText,
  press,
  queryByShadowRole,
  type,
  waitFor,
} from '../helpers/user.js';

const apiBase = 'https://host.example/api/v1';
const zone = 'America/Guayaquil';

function slotAt(date: string, time: string, minutes: number, session?: Slot['session']): Slot {
  const start = wallClockToInstant(date, time, zone);
  return {
    date,
    time,
    start: toIsoInstant(start),
    end: toIsoInstant(new Date(start.getTime() + minutes * 60_000)),
    professionals: [],
    ...(session && { session }),
  };
}

/** A date a few weeks ahead (a Monday), so the repeat editor's defaults lie in the future. */
function nextMonday(): string {
  const day = new Date(Date.now() + 21 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

interface Mounted {
  form: BookingFrontDeskForm;
  drafts: FrontDeskDraft[];
  submitted: FrontDeskSubmitDetail[];
  fake: ReturnType<typeof createMiketsuFake>;
}

async function mount(
  options: { service?: 'haircut' | 'yoga'; session?: Slot['session']; value?: FrontDeskDraft; locale?: string } = {},
): Promise<Mounted> {
  const fake = createMiketsuFake({ baseUrl: apiBase, timeZone: zone });
  useHandlers(...fake.handlers);
  const adapter: BookingAdapter = createMiketsuAdapter({ apiBase, merchant: MIKETSU_IDS.merchant, timeZone: zone });
  const services = await adapter.listServices();
  const service: Service = services.find((s) => s.id === String(MIKETSU_IDS[options.service ?? 'haircut']))!;
  const slot = slotAt(nextMonday(), service.group ? '18:30' : '10:00', service.durationMinutes, options.session);
  const form = await fixture<BookingFrontDeskForm>(html`<booking-front-desk-form
    locale=${options.locale ?? 'en'}
    timezone=${zone}
    .adapter=${adapter}
    .service=${service}
    .selectedSlot=${slot}
    .value=${options.value ?? emptyDraft()}
  ></booking-front-desk-form>`);
  const drafts: FrontDeskDraft[] = [];
  const submitted: FrontDeskSubmitDetail[] = [];
  form.addEventListener(FrontDeskInputEvent.eventName, (e) => drafts.push(e.draft));
  form.addEventListener(FrontDeskSubmitEvent.eventName, (e) => submitted.push(e.detail));
  return { form, drafts, submitted, fake };
}

const textbox = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'textbox', { name });
const button = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'button', { name });
const search = (root: HTMLElement) => findByShadowRole(root, 'searchbox', { name: 'Find a customer' });

async function pick(form: HTMLElement, query: string, name: RegExp) {
  await type(await search(form), query);
  const results = await findByShadowRole(form, 'list', { name: 'Matching customers' });
  await click(await findByShadowRole(results, 'button', { name }));
}

describe('booking-front-desk-form', () => {
  useNetwork();

  it('finds existing customers as you type and adds the one picked; an appointment then takes nobody else', async () => {
    const { form, drafts, fake } = await mount();
    await findByShadowText(form, 'An appointment is for one customer.');
    expect(queryByShadowRole(form, 'list', { name: 'Customers on this booking' })).to.equal(null);
    await findByShadowText(form, 'No customers added yet.');

    await type(await search(form), 'and');
    const results = await findByShadowRole(form, 'list', { name: 'Matching customers' });
    await findByShadowText(form, '1 customer found. Choose them to add.');
    expect(fake.requests.some((r) => r.url.pathname === '/api/v1/merchant/customers'), 'the merchant\'s customers were asked').to.equal(true);
    const options = await findAllByShadowRole(results, 'button');
    expect(options.map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Lucía Andrade lucia.andrade@example.com']);
    await click(options[0]);

    const chips = await findByShadowRole(form, 'list', { name: 'Customers on this booking' });
    expect(chips.textContent).to.contain('Lucía Andrade');
    await findByShadowText(form, 'Lucía Andrade added.');
    expect(drafts.at(-1)!.customers).to.deep.equal([
      { id: MIKETSU_IDS.lucia, firstName: 'Lucía', lastName: 'Andrade', email: 'lucia.andrade@example.com', phone: '+593991234567' },
    ]);
    // Full: no search, no "Add a new customer"; the limit says why and focus sits on the one customer.
    expect(queryByShadowRole(form, 'searchbox')).to.equal(null);
    expect(queryByShadowRole(form, 'button', { name: 'Add a new customer' })).to.equal(null);
    await findByShadowText(form, 'An appointment is for one customer. To book someone else, remove them first.');
    expect(deepActiveElement()).to.equal(await button(form, 'Remove Lucía Andrade'));
    await expect(form).to.be.accessible();
  });

  it('removes a customer: the search is back, focused, and the removal announced', async () => {
    const { form, drafts } = await mount();
    await pick(form, 'jane', /Jane Smith/);
    await click(await button(form, 'Remove Jane Smith'));
    await findByShadowText(form, 'Jane Smith removed.');
    expect(drafts.at(-1)!.customers).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(await search(form));
    await findByShadowText(form, 'No customers added yet.');
  });

  it('says when nobody matches, and offers to add them as new', async () => {
    const { form } = await mount();
    await type(await search(form), 'Zyx');
    await findByShadowText(form, 'No customer matches “Zyx”. You can add them as a new customer.');
    expect(queryByShadowRole(form, 'list', { name: 'Matching customers' })).to.equal(null);
    expect(await button(form, 'Add a new customer')).to.exist;
  });

  it('adds a new customer after checking the fields like the client form; e-mail or phone only recommended', async () => {
    const { form, drafts } = await mount({ service: 'yoga' });
    await click(await button(form, 'Add a new customer'));
    const first = await textbox(form, 'First name');
    expect(deepActiveElement()).to.equal(first);
    await click(await button(form, 'Add customer'));
    // Names are required; nothing added.
    await waitFor(() => expect(first.getAttribute('aria-invalid')).to.equal('true'));
    expect((await textbox(form, 'Last name')).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(first);
    expect(drafts.every((d) => d.customers.length === 0)).to.equal(true);

    await type(first, '  Rosa ');
    await type(await textbox(form, 'Last name'), 'Quispe');
    await type(await textbox(form, /^Email/), 'rosa@');
    await click(await button(form, 'Add customer'));
    const email = await textbox(form, /^Email/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).to.equal('true'));
    await findByShadowText(form, 'Enter an email address like name@example.com.');
    expect(first.hasAttribute('aria-invalid')).to.equal(false);

    // The e-mail cleared, no phone: allowed (recommended only), and Enter adds like the button.
    await type(email, '');
    await type(first, 'Rosa');
    await type(await textbox(form, 'Last name'), 'Quispe');
    await click(await textbox(form, /^Phone/));
    await press('Enter');
    await findByShadowText(form, 'Rosa Quispe added.');
    const chips = await findByShadowRole(form, 'list', { name: 'Customers on this booking' });
    expect(chips.textContent!.replace(/\s+/g, ' ')).to.contain('Rosa Quispe (new)');
    expect(drafts.at(-1)!.customers).to.deep.equal([{ firstName: 'Rosa', lastName: 'Quispe', email: '', phone: '' }]);
    expect(queryByShadowRole(form, 'textbox', { name: 'First name' })).to.equal(null);
    expect(deepActiveElement()).to.equal(await search(form));
    await expect(form).to.be.accessible();
  });

  it('Enter on "Cancel" cancels the new customer, it does not add them', async () => {
    const { form, drafts } = await mount();
    await click(await button(form, 'Add a new customer'));
    await type(await textbox(form, 'First name'), 'Rosa');
    await type(await textbox(form, 'Last name'), 'Quispe');
    (await button(form, 'Cancel')).focus();
    await press('Enter');
    await waitFor(() => expect(queryByShadowRole(form, 'textbox', { name: 'First name' })).to.equal(null));
    expect(deepActiveElement()).to.equal(await button(form, 'Add a new customer'));
    await findByShadowText(form, 'No customers added yet.');
    expect(drafts.every((d) => d.customers.length === 0), 'nobody added').to.equal(true);
    expect(drafts.at(-1)).to.deep.include({ adding: false, pending: { firstName: '', lastName: '', email: '', phone: '' } });
    // Enter on "Add customer" still adds: the button's own click.
    await click(await button(form, 'Add a new customer'));
    await type(await textbox(form, 'First name'), 'Rosa');
    await type(await textbox(form, 'Last name'), 'Quispe');
    (await button(form, 'Add customer')).focus();
    await press('Enter');
    await findByShadowText(form, 'Rosa Quispe added.');
    expect(drafts.at(-1)!.customers).to.have.length(1);
  });

  it('a class takes as many customers as its session has seats; the count is explained', async () => {
    const { form, submitted } = await mount({ service: 'yoga', session: { id: '7', seatsLeft: 2, capacity: 6 } });
    await findByShadowText(form, '2 seats left in this session.');
    await pick(form, 'jane', /Jane Smith/);
    await findByShadowText(form, '1 seat left in this session.');
    await pick(form, 'carlos', /Carlos Vega/);
    await findByShadowText(form, 'Every seat in this session is taken. To add someone else, remove a customer first.');
    expect(queryByShadowRole(form, 'searchbox')).to.equal(null);
    await type(await textbox(form, /^Note for the team/), 'Primera clase de Carlos');
    await click(await button(form, 'Continue'));
    await waitFor(() => expect(submitted).to.have.length(1));
    expect(submitted[0]).to.deep.equal({
      customers: [
        { id: MIKETSU_IDS.jane, name: 'Jane Smith' },
        { id: '0197f3a2-6d2f-7c55-8b4e-3a7f9d2c5e81', name: 'Carlos Vega' },
      ],
      note: 'Primera clase de Carlos',
    });
  });

  it('"Continue" without a customer says so, focuses the search and sends nothing', async () => {
    const { form, submitted } = await mount();
    await click(await button(form, 'Continue'));
    await findByShadowText(form, 'Add at least one customer.');
    expect(deepActiveElement()).to.equal(await search(form));
    expect(submitted).to.deep.equal([]);
    const group = await findByShadowRole(form, 'group', { name: 'Customers' });
    expect(group.getAttribute('aria-describedby')).to.contain('customers-error');
    await expect(form).to.be.accessible();
  });

  it('a new customer typed but not added is added by "Continue", after the same checks', async () => {
    const { form, submitted } = await mount();
    await click(await button(form, 'Add a new customer'));
    await type(await textbox(form, 'First name'), 'Pablo');
    await click(await button(form, 'Continue'));
    const last = await textbox(form, 'Last name');
    await waitFor(() => expect(last.getAttribute('aria-invalid')).to.equal('true'));
    expect(deepActiveElement()).to.equal(last);
    expect(submitted).to.deep.equal([]);
    await type(last, 'Ortiz');
    await type(await textbox(form, /^Phone/), '+593 99 111 2222');
    await click(await button(form, 'Continue'));
    await waitFor(() => expect(submitted).to.have.length(1));
    expect(submitted[0].customers).to.deep.equal([{ firstName: 'Pablo', lastName: 'Ortiz', email: '', phone: '+593991112222' }]);
  });

  it('repeats: the editor gets the chosen time, and "Continue" sends its rule', async () => {
    const { form, submitted, drafts } = await mount({ service: 'yoga' });
    await pick(form, 'ana', /Ana Torres/);
    const repeat = await findByShadowRole(form, 'checkbox', { name: 'Repeat' });
    await click(repeat);
    await waitFor(() => expect(drafts.at(-1)!.rule).to.include({ frequency: 'WEEKLY', interval: 1 }));
    const editor = form.shadowRoot!.querySelector('booking-recurrence')!;
    expect(editor.first).to.include({ date: nextMonday(), time: '18:30' });
    expect(editor.durationMinutes).to.equal(60);
    // Opening hours come from the adapter (asked once) and reach the preview.
    await waitFor(() => expect(editor.openingHours?.[1]).to.deep.equal([{ start: '09:00', end: '13:00' }, { start: '14:00', end: '20:00' }]));
    await click(await button(form, 'Continue'));
    await waitFor(() => expect(submitted).to.have.length(1));
    expect(submitted[0].recurrence).to.deep.equal(drafts.at(-1)!.rule);
    expect(submitted[0].recurrence!.until > nextMonday()).to.equal(true);
  });

  it('the series in words takes its punctuation from the language, not from the code', async () => {
    const rule: RecurrenceRule = { frequency: 'WEEKLY', interval: 1, weekdays: [], until: '2026-03-23' };
    const occurrences: Occurrence[] = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((date, i) => {
      const { start, end } = slotAt(date, '10:00', 30);
      return { date, time: '10:00', start, end, outsideHours: i === 3 };
    });
    const words = async (locale: string) => describeSeries(rule, occurrences, await loadMessages(locale), locale);
    expect(await words('en')).to.match(/^Repeats weekly on Mon until .+ — 4 dates, 1 outside opening hours$/);
    // Spanish joins the rule and its counts with a colon (the counts with its own list words).
    expect(await words('es')).to.match(/ hasta el .+: 4 fechas y 1 fuera del horario de apertura$/);
    const arabic = await words('ar');
    expect(arabic).to.contain('؛ ').and.not.to.contain(' — ');
  });

  it('restores everything from value, as the widget does after Back or an error', async () => {
    const value: FrontDeskDraft = {
      ...emptyDraft(),
      customers: [{ id: MIKETSU_IDS.jane, firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com' }],
      note: 'Llega tarde',
      adding: true,
      pending: { firstName: 'Iris', lastName: '', email: '', phone: '' },
      rule: { frequency: 'WEEKLY', interval: 2, weekdays: ['MO', 'FR'], until: '2099-01-01' },
    };
    const { form } = await mount({ service: 'yoga', value, locale: 'es' });
    await findByShadowRole(form, 'button', { name: 'Quitar a Jane Smith' });
    expect(((await textbox(form, /^Nota para el equipo/)) as HTMLTextAreaElement).value).to.equal('Llega tarde');
    expect(((await textbox(form, 'Nombre')) as HTMLInputElement).value).to.equal('Iris');
    expect(((await findByShadowRole(form, 'checkbox', { name: 'Repetir' })) as HTMLInputElement).checked).to.equal(true);
    expect(form.shadowRoot!.querySelector('booking-recurrence')!.rule).to.deep.equal(value.rule);
  });
});

