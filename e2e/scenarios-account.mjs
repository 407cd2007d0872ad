// The signed-in customer (SalonBookIt with `customer-login`) and the front desk (Miketsu with
// `mode=merchant`), driven as a person would on the plain page with the built IIFE.
import { MIKETSU_IDS, SALONBOOKIT_DEMO_CUSTOMER as LUCIA } from './serve.mjs';
import { button, check, eventually, heading, openFirstDay, pickFirstTime, plain, textbox, withWidget } from './driver.mjs';

export async function salonBookItAccount(browser, server) {
  const fake = server.fakes.salonbookit;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('salonbookit', { 'customer-login': '' }), async ({ widget, page, events }) => {
    // Sign in as the demo customer.
    await heading(widget, 'Elige un servicio');
    const account = widget.getByRole('group', { name: 'Tu cuenta' });
    await button(account, 'Iniciar sesión').click();
    await heading(widget, 'Inicia sesión en tu cuenta');
    await textbox(widget, /^Correo electrónico/).fill(LUCIA.email);
    await widget.getByLabel('Contraseña', { exact: true }).fill(LUCIA.password);
    await button(widget, 'Iniciar sesión').click();
    await widget.getByText(`Sesión iniciada como ${LUCIA.name}`, { exact: true }).waitFor();
    await heading(widget, 'Elige un servicio');
    const points = fake.state.customers.find((c) => c.id === LUCIA.id).puntos;

    // Book a haircut, paying with points: name and e-mail come from the account.
    await button(widget, /Corte Clásico/).click();
    await button(widget, 'Continuar').click();
    await button(widget, /Carlos García/).click();
    const time = await pickFirstTime(widget);
    await heading(widget, 'Tus datos');
    await widget.getByText(`Reservas a nombre de ${LUCIA.name} (${LUCIA.email})`).waitFor();
    check((await widget.getByRole('textbox', { name: /^Correo electrónico/ }).count()) === 0, 'the e-mail is not asked of a signed-in customer');
    await button(widget, 'Continuar').click();
    await heading(widget, 'Revisa tu reserva');
    await widget.getByRole('checkbox', { name: `Pagar con mis puntos de fidelidad (${points} puntos)` }).check();
    await button(widget, 'Confirmar reserva').click();
    await heading(widget, 'Reserva confirmada');
    const detail = await page.evaluate(() => window.bookingCreated);
    const booked = fake.state.bookings.find((b) => String(b.id) === detail?.bookingId);
    check(booked, `booking-created named ${detail?.bookingId}, which SalonBookIt does not hold`);
    check(booked.cuenta_id === LUCIA.id && booked.puntos_usados > 0, `booked on the account with points: ${JSON.stringify({ cuenta: booked.cuenta_id, puntos: booked.puntos_usados })}`);
    check(detail.code === booked.codigo, `the page hears the code ${booked.codigo}, got ${detail.code}`);
    const post = sent().filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/reservas/crear/')).at(-1);
    check(post?.body?.usar_puntos === true && /^Bearer /.test(post.headers.get('Authorization') ?? ''), 'the booking is sent with usar_puntos and the customer JWT');

    // "Mis reservas": cancel the haircut-and-beard one with a reason; the refund is announced.
    await button(widget, 'Mis reservas').click();
    await heading(widget, 'Mis próximas reservas');
    const card = widget.getByRole('article', { name: /Arreglo de barba/ });
    await button(card, 'Cancelar reserva').click();
    await textbox(card, /^Motivo de la cancelación/).fill('Me ha surgido un viaje');
    await button(card, 'Cancelar reserva').click();
    await card.getByText('Tu reembolso de 37,50 € está en camino (pendiente).').waitFor();
    const cancelled = fake.state.bookings.find((b) => b.cuenta_id === LUCIA.id && b.servicio_ids.includes(16));
    check(cancelled?.estado === 'cancelada' && cancelled.motivo_cancelacion === 'Me ha surgido un viaje', `cancelled with the reason in SalonBookIt: ${JSON.stringify(cancelled)}`);
    const heard = await events('booking-cancelled');
    check(heard.length === 1 && heard[0].refund?.amount === 37.5, `booking-cancelled with the refund: ${JSON.stringify(heard)}`);

    // "Gestionar una reserva" by the new booking's code.
    await button(widget, 'Volver a la reserva').click();
    await button(widget, 'Gestionar una reserva').click();
    await heading(widget, 'Buscar una reserva');
    await textbox(widget, /^Código de reserva/).fill(booked.codigo.toLowerCase());
    await button(widget, 'Buscar reserva').click();
    const found = widget.getByRole('article', { name: /Corte Clásico/ });
    await found.waitFor();
    const foundText = plain(await found.evaluate((el) => el.textContent));
    check(foundText.includes(booked.codigo), `the found booking shows its code ${booked.codigo}: "${foundText}"`);
    const lookup = sent().filter((r) => r.method === 'GET' && r.url.pathname.includes(encodeURIComponent(booked.codigo)));
    check(lookup.length > 0, `looked up by code ${booked.codigo}`);
    return `SalonBookIt account: ${LUCIA.name} booked ${booked.codigo} at ${time} with ${booked.puntos_usados} points, cancelled one with a refund, found ${booked.codigo} by code`;
  });
}

const DAY_MS = 24 * 60 * 60_000;

/** The first free time before `hour` o'clock, on the first day that has one. */
async function pickTimeBefore(widget, hour) {
  let times = await openFirstDay(widget);
  for (let day = 1; day < 8; day++) {
    const labels = (await times.allTextContents()).map(plain);
    const index = labels.findIndex((label) => Number(label.split(':')[0]) < hour);
    if (index >= 0) {
      await times.nth(index).click();
      return labels[index];
    }
    const days = widget.getByRole('gridcell', { name: /con horas libres/, disabled: false });
    // The next day with times after the one open (the selected one).
    const later = await days.evaluateAll((cells) => cells.findIndex((c) => c.getAttribute('aria-selected') === 'true') + 1);
    if (later <= 0 || later >= (await days.count())) {
      await button(widget, 'Mes siguiente').click();
      times = await openFirstDay(widget);
      continue;
    }
    await days.nth(later).click();
    times = widget.getByRole('group', { name: /^Horas del/ }).getByRole('button').filter({ hasText: /^\s*\d/ });
    await times.first().waitFor();
  }
  throw new Error(`no free time before ${hour}:00 in a week of days`);
}

export async function miketsuFrontDesk(browser, server) {
  const fake = server.fakes.miketsu;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('miketsu', { mode: 'merchant' }), async ({ widget }) => {
    await heading(widget, 'Elige un servicio');
    await button(widget, /Corte de cabello/).click();
    await heading(widget, 'Elige fecha y hora');
    // A time before 17:00: the weekly class ("Yoga en grupo", 18:30 on Mon/Wed/Fri) may not be on the
    // first date but be on later ones, and the backend refuses a series that collides (409).
    const time = await pickTimeBefore(widget, 17);
    await heading(widget, 'Clientes');

    // Find the customer by search.
    await widget.getByRole('searchbox', { name: 'Buscar un cliente' }).fill('jane');
    const results = widget.getByRole('list', { name: 'Clientes que coinciden' });
    await button(results, /Jane Smith/).click();
    await button(widget, 'Quitar a Jane Smith').waitFor();

    // Weekly (the default once "Repetir" is on).
    await widget.getByRole('checkbox', { name: 'Repetir', exact: true }).check();
    const frequency = widget.getByRole('combobox', { name: 'Frecuencia' });
    check((await frequency.inputValue()) === 'WEEKLY', `"Repetir" starts weekly, got ${await frequency.inputValue()}`);
    await button(widget, 'Continuar').click();
    await heading(widget, 'Revisa la reserva');
    const create = widget.getByRole('button', { name: /^Crear \d+ reservas$/ });
    const count = Number(/\d+/.exec(await create.textContent())[0]);
    check(count >= 2, `a series creates several bookings, the button says ${count}`);
    await create.click();
    await heading(widget, 'Serie creada');
    await widget.getByText(`${count} reservas de Jane Smith ya están en el calendario.`).waitFor();

    const post = sent().filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/bookings/merchant')).at(-1);
    check(post?.body?.is_recurring === true && post.body.recurrence_rule?.frequency === 'WEEKLY', `a weekly series was sent: ${JSON.stringify(post?.body)}`);
    check(post.body.customers?.length === 1 && post.body.customers[0].id === MIKETSU_IDS.jane, 'for Jane Smith, by her id');
    const series = await eventually(() => {
      const found = fake.state.bookings
        .filter((b) => b.service_id === post.body.service_id && (b.participants ?? []).some((p) => p.customer_id === MIKETSU_IDS.jane))
        .sort((a, b) => a.from_date.localeCompare(b.from_date));
      return found.length === count ? found : undefined;
    }, `Miketsu should hold ${count} bookings of the series for Jane Smith`);
    check(series[0].from_date === post.body.timestamp, `the series starts at the chosen time ${post.body.timestamp}, got ${series[0].from_date}`);
    for (let i = 1; i < series.length; i++) {
      const gap = Date.parse(series[i].from_date) - Date.parse(series[i - 1].from_date);
      // A week apart, give or take a DST change.
      check(Math.abs(gap - 7 * DAY_MS) <= 60 * 60_000, `weekly: ${series[i - 1].from_date} → ${series[i].from_date}`);
    }
    return `Miketsu front desk: a weekly series of ${count} bookings at ${time} for Jane Smith, all in the backend`;
  });
}
