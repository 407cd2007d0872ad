// The built IIFE on a plain page, driven as a customer in Chromium against the fake CitaPro
// backend over real HTTP on another origin.
//   npm run build && npm run e2e
import { chromium } from 'playwright-core';
import { start } from './serve.mjs';

const server = await start();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 1000 }, locale: 'es-EC', timezoneId: 'Europe/Madrid' });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);

  const widget = page.locator('booking-widget');
  await widget.getByRole('button', { name: /Corte de cabello/ }).click();
  await widget.getByRole('button', { name: /Sede Principal/ }).click();
  await widget.getByRole('button', { name: /Cualquier profesional/ }).click();
  const day = widget.getByRole('gridcell', { name: /con horas libres/ }).first();
  await day.click();
  const times = widget.getByRole('group', { name: /^Horas del/ }).getByRole('button');
  await times.first().waitFor();
  const time = (await times.first().textContent()).trim();
  await times.first().click();

  await widget.getByRole('textbox', { name: /^Nombre/ }).fill('Valentina');
  await widget.getByRole('textbox', { name: /^Apellidos/ }).fill('Ríos');
  await widget.getByRole('textbox', { name: /^Correo electrónico/ }).fill('vale@example.ec');
  await widget.getByRole('textbox', { name: /^Teléfono/ }).fill('+593 99 111 2233');
  await widget.getByRole('button', { name: 'Continuar' }).click();
  await widget.getByRole('button', { name: 'Confirmar reserva' }).click();
  await widget.getByRole('heading', { name: /Solicitud de reserva recibida/ }).waitFor();

  const detail = await page.evaluate(() => window.bookingCreated);
  const stored = server.fake.state.bookings.find((b) => b.id === detail?.bookingId);
  if (!stored) throw new Error(`booking-created named ${detail?.bookingId}, which the backend does not hold`);
  if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
  console.log(`e2e: booked ${detail.bookingId} at ${time} (${detail.start}, ${detail.timeZone}) through the built IIFE`);
} catch (error) {
  failed = true;
  console.error('e2e failed:', error);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
