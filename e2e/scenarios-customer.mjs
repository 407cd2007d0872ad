// Customers booking as guests, one scenario per backend (and the group class): each opens the plain
// page with the built IIFE, books by role and accessible name, and checks what the backend (the fake,
// in this same Node process) received and holds. Each returns the one line it prints.
import { button, check, confirmBooking, fillDetails, heading, openFirstDay, pickFirstTime, plain, rows, withWidget } from './driver.mjs';

const valentina = { firstName: 'Valentina', lastName: 'Ríos', email: 'vale@example.ec', phone: '+593 99 111 2233' };

export async function citaPro(browser, server) {
  return withWidget(browser, server.pageUrl('citapro'), async ({ widget, page }) => {
    await button(widget, /Corte de cabello/).click();
    await button(widget, /Sede Principal/).click();
    await button(widget, /Cualquier profesional/).click();
    const time = await pickFirstTime(widget);
    await confirmBooking(widget, valentina, /Solicitud de reserva recibida/);

    const detail = await page.evaluate(() => window.bookingCreated);
    const stored = server.fakes.citapro.state.bookings.find((b) => b.id === detail?.bookingId);
    check(stored, `booking-created named ${detail?.bookingId}, which the backend does not hold`);
    return `CitaPro: booked ${detail.bookingId} at ${time} (${detail.start}, ${detail.timeZone})`;
  });
}

export async function salonBookItTwoServices(browser, server) {
  const fake = server.fakes.salonbookit;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('salonbookit'), async ({ widget, page }) => {
    await heading(widget, 'Elige un servicio');
    const next = button(widget, 'Continuar');
    check((await next.getAttribute('aria-disabled')) === 'true', '"Continuar" should be unavailable before a service is chosen');
    await button(widget, /Corte Clásico/).click();
    await button(widget, /Arreglo de barba/).click();
    // Choosing toggles; the step stays until "Continuar".
    await widget.getByText(/^2 servicios · 1 h · 37,50\s€$/).waitFor();
    check((await button(widget, /Corte Clásico/).getAttribute('aria-pressed')) === 'true', 'a chosen service is shown pressed');
    await next.click();
    await heading(widget, 'Elige un profesional');
    await button(widget, /Cualquier profesional/).click();
    const time = await pickFirstTime(widget);
    await confirmBooking(widget, { firstName: 'Juan', lastName: 'Pérez', email: 'juan.perez@example.es', phone: '+34 612 345 678' }, 'Reserva confirmada');

    const detail = await page.evaluate(() => window.bookingCreated);
    const booking = fake.state.bookings.find((b) => String(b.id) === detail?.bookingId);
    check(booking, `booking-created named ${detail?.bookingId}, which SalonBookIt does not hold`);
    check(booking.servicio_ids.join() === '15,16', `both services in one booking, got servicio_ids ${JSON.stringify(booking.servicio_ids)}`);
    const asked = sent().filter((r) => r.url.pathname.includes('/disponibilidad/'));
    check(asked.length > 0 && asked.every((r) => r.url.searchParams.get('servicios') === '15,16'), 'availability asked for both services together');
    check(sent().every((r) => r.headers.get('X-API-Key') === 'hh_pub_test_e2e'), 'every request carries the public key');

    await widget.getByText(booking.codigo, { exact: true }).waitFor();
    const confirmation = plain(await widget.locator('booking-confirmation').evaluate((el) => el.shadowRoot.textContent));
    check(confirmation.includes(`Referencia de la reserva ${booking.codigo}`), `the confirmation names the code as its reference: "${confirmation}"`);
    const summary = await rows(widget, 'booking-confirmation');
    check(summary.includes('Importe total: 37,50 €'), `the confirmation shows the total 37,50 €; rows: ${summary.join(' | ')}`);
    check(detail.total?.amount === 37.5 && detail.total.currency === 'EUR', `booking-created total ${JSON.stringify(detail.total)}`);
    return `SalonBookIt: booked ${booking.codigo} (Corte Clásico + Arreglo de barba, 37,50 €) at ${time}`;
  });
}

export async function latePointAnyAgent(browser, server) {
  const fake = server.fakes.latepoint;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('latepoint'), async ({ widget, page }) => {
    await button(widget, /Consulta General/).click();
    await button(widget, /Clínica Principal/).click();
    await button(widget, /Cualquier profesional/).click();
    const time = await pickFirstTime(widget);
    await confirmBooking(widget, { firstName: 'Ana', lastName: 'López', email: 'ana.lopez.e2e@example.mx', phone: '+52 555 987 6543' });

    const detail = await page.evaluate(() => window.bookingCreated);
    const post = sent().find((r) => r.method === 'POST' && r.url.pathname.endsWith('/bookings'));
    check(post?.body?.agent_id === 'any', `the booking asks for any agent, sent ${JSON.stringify(post?.body)}`);
    const booking = fake.state.bookings.find((b) => String(b.id) === detail?.bookingId);
    check(booking, `booking-created named ${detail?.bookingId}, which LatePoint does not hold`);
    check(detail.professional?.id === String(booking.agent_id), 'the page hears which agent the server assigned');
    await widget.getByText(booking.booking_code, { exact: true }).waitFor();
    return `LatePoint: booked ${booking.booking_code} at ${time} with any agent (assigned ${detail.professional?.name ?? booking.agent_id})`;
  });
}

export async function miketsuAppointment(browser, server) {
  const fake = server.fakes.miketsu;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('miketsu'), async ({ widget, page }) => {
    await heading(widget, 'Elige un servicio');
    await button(widget, /Corte de cabello/).click();
    // One location and no choice of professional: straight to the calendar.
    await heading(widget, 'Elige fecha y hora');
    const time = await pickFirstTime(widget);
    await confirmBooking(widget, { ...valentina, email: 'valentina.miketsu@example.ec', notes: 'Primera visita' });

    const detail = await page.evaluate(() => window.bookingCreated);
    const posts = sent().filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/bookings/customer'));
    check(posts.length === 1, `one POST /bookings/customer, got ${posts.length}`);
    check(/^Bearer /.test(posts[0].headers.get('Authorization') ?? ''), 'the booking carries the Bearer key');
    check(posts[0].body.timeStamp === detail.start && posts[0].body.booking_id === undefined, `an appointment at ${detail.start}: ${JSON.stringify(posts[0].body)}`);
    const booking = fake.state.bookings.find((b) => b.from_date === detail.start && b.service_id === posts[0].body.service_id);
    check(booking, `Miketsu holds no booking at ${detail.start}`);
    return `Miketsu: booked an appointment at ${time} (${detail.start}, ${detail.timeZone})`;
  });
}

/** Seats left per session, as the backend counts them. */
const seatsLeft = (session) => (session.max_participants ?? 0) - (session.participants ?? []).filter((p) => p.status !== 'cancelled').length;

export async function miketsuGroupClass(browser, server) {
  const fake = server.fakes.miketsu;
  // Only this scenario's requests: the fakes live as long as the server.
  const seen = fake.requests.length;
  const sent = () => fake.requests.slice(seen);
  return withWidget(browser, server.pageUrl('miketsu'), async ({ widget, page }) => {
    await button(widget, /Yoga en grupo/).click();
    await heading(widget, 'Elige fecha y hora');
    const times = await openFirstDay(widget);
    const name = plain(await times.first().textContent());
    const seats = /^(\d{1,2}:\d{2}) ?(Queda 1 plaza|Quedan (\d+) plazas)$/.exec(name);
    check(seats, `a session's time button shows its seats left, got "${name}"`);
    // …and says them in its accessible name.
    await times.first().and(widget.getByRole('button', { name: `${seats[1]} ${seats[2]}`, exact: true })).waitFor();
    await widget.getByText(/sesi(ón|ones) con plazas libres/).waitFor();
    await times.first().click();
    await heading(widget, 'Tus datos');
    await fillDetails(widget, { ...valentina, email: 'valentina.yoga@example.ec', notes: 'Traigo mi esterilla' });
    await button(widget, 'Continuar').click();
    await heading(widget, 'Revisa tu reserva');
    const review = await rows(widget, 'booking-review');
    check(review[0]?.startsWith('Te unes a: Yoga en grupo'), `the review says a session is joined; rows: ${review.join(' | ')}`);
    const before = new Map(fake.state.sessions.map((s) => [s.id, seatsLeft(s)]));
    await button(widget, 'Confirmar reserva').click();
    await heading(widget, /^(Reserva confirmada|Solicitud de reserva recibida)$/);

    const detail = await page.evaluate(() => window.bookingCreated);
    const post = sent().filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/bookings/customer')).at(-1);
    const session = fake.state.sessions.find((s) => s.id === post?.body?.booking_id);
    check(session, `the join names the session by booking_id: ${JSON.stringify(post?.body)}`);
    check(session.from_date === detail.start && detail.session?.id === String(session.id), `joined session ${session.id} at ${session.from_date}, the page heard ${JSON.stringify(detail.session)} at ${detail.start}`);
    const shown = Number(seats[3] ?? 1);
    check(shown === before.get(session.id), `the button said ${shown} seats, the backend had ${before.get(session.id)}`);
    check(seatsLeft(session) === shown - 1, `a seat is taken: ${seatsLeft(session)} left, expected ${shown - 1}`);
    return `Miketsu: joined "Yoga en grupo" session ${session.id} at ${seats[1]} (booking_id sent; ${shown} → ${seatsLeft(session)} seats)`;
  });
}
