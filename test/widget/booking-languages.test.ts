/**
 * The widget in every shipped language: whole bookings in Brazilian Portuguese and in Arabic (right to
 * left), switching language mid-booking without losing anything, following the host page's lang, and
 * backend field errors worded by the catalog.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import type { BookingCreatedEvent } from '../../src/events.js';
import { click, findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { apiBase, button, chooseUpToDetails, citaProFake, heading, mountWidget, oneEvent } from './citapro-fixture.js';

const base = (widget: BookingWidget) => widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const textbox = (root: HTMLElement, name: RegExp) => findByShadowRole(root, 'textbox', { name }) as Promise<HTMLInputElement>;

/** Clicks the first day whose name ends with `available`, then returns that day's time buttons. */
async function pickFirstDay(root: HTMLElement, available: RegExp, times: RegExp): Promise<HTMLElement[]> {
  const days = await waitFor(
    async () => {
      const cells = await findAllByShadowRole(root, 'gridcell', { name: available });
      const usable = cells.filter((cell) => cell.getAttribute('aria-disabled') !== 'true');
      if (usable.length === 0) throw new Error('no available day yet');
      return usable;
    },
    { timeout: 6000 },
  );
  await click(days[0]);
  return findAllByShadowRole(await findByShadowRole(root, 'group', { name: times }), 'button');
}

describe('<booking-widget> in every language', () => {
  useNetwork();

  // First in this file, so the Portuguese catalog is not loaded yet when the widget appears.
  it('books in Brazilian Portuguese, showing its skeleton (not English) while the texts load', async () => {
    citaProFake({ timeZone: 'America/Sao_Paulo' });
    const widget = await mountWidget({ locale: 'pt-BR', timezone: 'America/Sao_Paulo', currency: 'BRL' });
    expect(base(widget).getAttribute('aria-busy')).to.equal('true');
    expect(base(widget).getAttribute('aria-label')).to.equal('Agendar um horário');
    expect(widget.shadowRoot!.querySelector('h2'), 'no heading (in English) before the catalog').to.equal(null);

    await heading(widget, 'Escolha um serviço');
    expect(base(widget).hasAttribute('aria-busy')).to.equal(false);
    expect(base(widget).getAttribute('lang')).to.equal('pt-BR');
    expect(base(widget).getAttribute('dir')).to.equal('ltr');
    await findByShadowRole(widget, 'navigation', { name: 'Etapas do agendamento' });
    await click(await button(widget, /Corte de cabello/));
    await heading(widget, 'Escolha uma unidade');
    await click(await button(widget, /Sede Principal/));
    await heading(widget, 'Escolha um profissional');
    await click(await button(widget, /Qualquer profissional/));
    await heading(widget, 'Escolha a data e o horário');
    const times = await pickFirstDay(widget, /, com horários livres$/, /^Horários de /);
    await click(times[0]);

    await heading(widget, 'Seus dados');
    await click(await button(widget, 'Continuar'));
    await findByShadowText(widget, 'Corrija 4 campos.');
    await type(await textbox(widget, /^Nome/), 'Ana');
    await type(await textbox(widget, /^Sobrenome/), 'Souza');
    await type(await textbox(widget, /^E-mail/), 'ana@example.com.br');
    await type(await textbox(widget, /^Telefone/), '+55 11 98765 4321');
    await click(await button(widget, 'Continuar'));

    await heading(widget, 'Confira seu agendamento');
    await findByShadowText(widget, /R\$\s50,00/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar agendamento'));
    const event = await created;
    await heading(widget, 'Pedido de agendamento recebido');
    await findByShadowText(widget, /^Obrigado, Ana\. Recebemos seu pedido/);
    expect(event.detail.client.email).to.equal('ana@example.com.br');
  });

  it('books in Arabic, right to left, axe-clean at every step', async () => {
    citaProFake();
    const widget = await mountWidget({ locale: 'ar' });

    await heading(widget, 'اختيار الخدمة');
    expect(base(widget).getAttribute('dir')).to.equal('rtl');
    expect(base(widget).getAttribute('lang')).to.equal('ar');
    await button(widget, /Corte de cabello/);
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Corte de cabello/));

    await heading(widget, 'اختيار الفرع');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Sede Principal/));

    await heading(widget, 'اختيار مقدّم الخدمة');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /أي مقدّم خدمة/));

    await heading(widget, 'اختيار التاريخ والوقت');
    const times = await pickFirstDay(widget, /, توجد أوقات متاحة$/, /^أوقات يوم /);
    await expect(widget).to.be.accessible();
    await click(times[0]);

    await heading(widget, 'بياناتك');
    await click(await button(widget, 'متابعة'));
    await findByShadowText(widget, 'يُرجى تصحيح 4 حقول.');
    await expect(widget).to.be.accessible();
    await type(await textbox(widget, /^الاسم الأول/), 'ليلى');
    await type(await textbox(widget, /^اسم العائلة/), 'حداد');
    await type(await textbox(widget, /^البريد الإلكتروني/), 'layla@example.com');
    await type(await textbox(widget, /^رقم الهاتف/), '+971 50 123 4567');
    await click(await button(widget, 'متابعة'));

    await heading(widget, 'مراجعة الحجز');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'تأكيد الحجز'));

    await heading(widget, 'تم استلام طلب الحجز');
    await findByShadowText(widget, /^شكرًا لك يا ليلى\. استلمنا طلب الحجز/);
    expect(base(widget).getAttribute('dir')).to.equal('rtl');
    await expect(widget).to.be.accessible();
  });

  it('switching locale from es to en mid-booking keeps the service, what was typed and the step', async () => {
    citaProFake();
    const widget = await mountWidget();
    const chosenTime = await chooseUpToDetails(widget);
    const firstName = await textbox(widget, /^Nombre/);
    await type(firstName, 'Juan');
    await type(await textbox(widget, /^Correo electrónico/), 'juan@example.com');

    widget.setAttribute('locale', 'en');
    await heading(widget, 'Your details');
    const sameField = await textbox(widget, /^First name/);
    expect(sameField === firstName, 'the field is re-labelled in place, not re-created').to.equal(true);
    expect(sameField.value).to.equal('Juan');
    expect((await textbox(widget, /^Email/)).value).to.equal('juan@example.com');
    await findByShadowRole(widget, 'navigation', { name: 'Booking steps' });
    expect(queryByShadowRole(widget, 'heading', { name: 'Tus datos' })).to.equal(null);

    await type(await textbox(widget, /^Last name/), 'Pérez');
    await type(await textbox(widget, /^Phone/), '+593991234568');
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review your booking');
    await findByShadowText(widget, 'Corte de cabello');
    await findByShadowText(widget, new RegExp(chosenTime.replace(/\s/g, '\\s').replace(/[.]/g, '\\.')));
    await button(widget, 'Confirm booking');
  });

  it('follows the host page: a changed lang on an ancestor re-renders it, direction included', async () => {
    citaProFake();
    const widget = await mountWidget();
    const page = widget.parentElement!;
    await heading(widget, 'Elige un servicio');
    await click(await button(widget, /Corte de cabello/));
    await heading(widget, 'Elige una sede');

    page.setAttribute('lang', 'en');
    await heading(widget, 'Choose a location');
    page.setAttribute('lang', 'ar');
    await heading(widget, 'اختيار الفرع');
    expect(base(widget).getAttribute('dir')).to.equal('rtl');
    // The page's own dir, where its language is set, is honoured.
    page.setAttribute('dir', 'ltr');
    await waitFor(() => expect(base(widget).getAttribute('dir')).to.equal('ltr'));
    await button(widget, /Sede Principal/);
  });

  it('takes its language from a lang outside the shadow root it sits in', async () => {
    citaProFake();
    const host = await fixture<HTMLDivElement>(html`<div lang="pt-BR"></div>`);
    const widget = document.createElement('booking-widget');
    widget.setAttribute('api-base', apiBase);
    host.attachShadow({ mode: 'open' }).append(widget);
    await heading(widget, 'Escolha um serviço');
  });

  it('words a backend complaint about a field in the catalog, in Arabic', async () => {
    citaProFake();
    useHandlers(
      http.get(`${apiBase}/v1/clients`, () => HttpResponse.json({ total: 0, items: [] })),
      http.post(`${apiBase}/v1/clients`, () =>
        HttpResponse.json({ message: 'The given data was invalid.', errors: { phone: ['The phone format is invalid.'] } }, { status: 422 }),
      ),
    );
    const widget = await mountWidget({ locale: 'ar' });
    await click(await button(widget, /Corte de cabello/));
    await click(await button(widget, /Sede Principal/));
    await click(await button(widget, /أي مقدّم خدمة/));
    await click((await pickFirstDay(widget, /, توجد أوقات متاحة$/, /^أوقات يوم /))[0]);
    await type(await textbox(widget, /^الاسم الأول/), 'ليلى');
    await type(await textbox(widget, /^اسم العائلة/), 'حداد');
    await type(await textbox(widget, /^البريد الإلكتروني/), 'layla@example.com');
    await type(await textbox(widget, /^رقم الهاتف/), '+971 50 123 4567');
    await click(await button(widget, 'متابعة'));
    await click(await button(widget, 'تأكيد الحجز'));

    await heading(widget, 'بياناتك');
    const phone = await textbox(widget, /^رقم الهاتف/);
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).to.equal('true'));
    const error = (phone.getRootNode() as ShadowRoot).getElementById(phone.getAttribute('aria-describedby')!)!;
    expect(error.textContent!.trim()).to.equal('يُرجى إدخال رقم هاتف من 7 أرقام على الأقل.');
    await findByShadowText(widget, 'بعض البيانات تحتاج إلى مراجعتك.');
    await expect(widget).to.be.accessible();
  });
});
