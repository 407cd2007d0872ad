// What a customer does with the widget in Chromium, found the way they find it: by role and accessible
// name (Spanish page), through the shadow roots (playwright's role locators pierce them).
import { chromium } from 'playwright-core';
import { startsAt } from './serve.mjs';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A failed expectation, with what was expected and what happened. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Intl puts (narrow) no-break spaces in money, dates and units; compare with plain spaces. */
export const plain = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Opens the plain page in a fresh browser context and returns the widget. Every page error, console
 * error (a CORS refusal shows up there) and failed request is collected; `assertClean()` throws on any.
 */
export async function openWidget(browser, url) {
  const context = await browser.newContext({ viewport: { width: 760, height: 1000 }, locale: 'es-EC', timezoneId: 'Europe/Madrid' });
  if (startsAt) await context.clock.setFixedTime(startsAt);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
  await page.goto(url);
  const widget = page.locator('booking-widget');
  return {
    page,
    widget,
    problems,
    assertClean() {
      check(problems.length === 0, problems.join('\n'));
    },
    events: (type) => page.evaluate((t) => window.bookingEvents.filter((e) => e.type === t).map((e) => e.detail), type),
    close: () => context.close(),
  };
}

/**
 * Opens the page, lets `drive` act on it and returns its line; any page error, console error or failed
 * request fails the scenario, and a failure says what the page saw (a CORS refusal, a 404, …).
 */
export async function withWidget(browser, url, drive) {
  const session = await openWidget(browser, url);
  try {
    const line = await drive(session);
    session.assertClean();
    return line;
  } catch (error) {
    if (session.problems.length && !error.message.includes(session.problems[0])) {
      error.message += `\n  what the page saw:\n  ${session.problems.join('\n  ')}`;
    }
    throw error;
  } finally {
    await session.close();
  }
}

export const button = (scope, name) => scope.getByRole('button', { name, exact: typeof name === 'string' });
export const heading = (scope, name) => scope.getByRole('heading', { name, exact: typeof name === 'string' }).waitFor();
export const textbox = (scope, name) => scope.getByRole('textbox', { name });

/**
 * Opens the first day with free times (going to the next months when one has none) and returns the
 * buttons of its times (those whose text starts with the time).
 */
export async function openFirstDay(widget) {
  for (let month = 0; month < 4; month++) {
    const day = widget.getByRole('gridcell', { name: /con horas libres/, disabled: false }).first();
    const later = widget.getByRole('button', { name: /^Ver / });
    await day.or(later).first().waitFor();
    if (await day.isVisible()) {
      await day.click();
      const times = widget.getByRole('group', { name: /^Horas del/ }).getByRole('button').filter({ hasText: /^\s*\d/ });
      await times.first().waitFor();
      return times;
    }
    await later.click();
  }
  throw new Error('no day with free times in the next four months');
}

/** Picks the first free time of the first day with any; returns its button's text. */
export async function pickFirstTime(widget) {
  const times = await openFirstDay(widget);
  const label = plain(await times.first().textContent());
  await times.first().click();
  return label;
}

export async function fillDetails(widget, { firstName, lastName, email, phone, notes }) {
  if (firstName) await textbox(widget, /^Nombre/).fill(firstName);
  if (lastName) await textbox(widget, /^Apellidos/).fill(lastName);
  if (email) await textbox(widget, /^Correo electrónico/).fill(email);
  if (phone) await textbox(widget, /^Teléfono/).fill(phone);
  if (notes) await textbox(widget, /^Notas/).fill(notes);
}

/** Details → "Continuar" → review → "Confirmar reserva"; waits for the confirmation's heading. */
export async function confirmBooking(widget, customer, confirmed = /^(Reserva confirmada|Solicitud de reserva recibida)$/) {
  await heading(widget, 'Tus datos');
  await fillDetails(widget, customer);
  await button(widget, 'Continuar').click();
  await heading(widget, 'Revisa tu reserva');
  await button(widget, 'Confirmar reserva').click();
  await heading(widget, confirmed);
}

/** The summary's rows ("term: value") of an element inside the widget, e.g. booking-confirmation. */
export async function rows(widget, tag) {
  const texts = await widget.locator(`${tag} [part~="row"]`).evaluateAll((list) =>
    list.map((row) => `${row.querySelector('dt')?.textContent ?? ''}: ${row.querySelector('dd')?.textContent ?? ''}`),
  );
  return texts.map(plain);
}

/** Polls `read` until it returns a truthy value (for state the fake changes after the page shows it). */
export async function eventually(read, message, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
