/** The whole booking with the keyboard alone: Tab, arrows, Enter, typing. No mouse anywhere. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatTime } from '../../src/core/format.js';
import { CITAPRO_IDS } from '../../src/mocks/index.js';
import { deepActiveElement, press } from '../helpers/user.js';
import { useNetwork } from '../helpers/network.js';
import { citaProFake, heading, juan, mountWidget } from './citapro-fixture.js';

/** Presses Tab until focus is on an element matching `wanted`; fails after `limit` presses. */
async function tabTo(wanted: (el: Element) => boolean, what: string, limit = 25): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && wanted(active)) return active;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

const named = (pattern: RegExp) => (el: Element) => pattern.test((el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' '));
const isButton = (pattern: RegExp) => (el: Element) => el.localName === 'button' && named(pattern)(el);

describe('<booking-widget>: a booking with the keyboard alone', () => {
  useNetwork();

  it('books from the first Tab to the confirmation', async () => {
    const fake = citaProFake();
    const widget = await mountWidget();
    await heading(widget, 'Elige un servicio');
    // Start from the page, as a keyboard user arriving at the widget would.
    (document.activeElement as HTMLElement | null)?.blur();

    await tabTo(isButton(/Corte de cabello/), 'the haircut service');
    await press('Enter');
    await heading(widget, 'Elige una sede');
    expect(deepActiveElement()?.textContent?.trim(), 'focus moves to the new step heading').to.equal('Elige una sede');

    await tabTo(isButton(/Sede Principal/), 'the main location');
    await press('Enter');
    await heading(widget, 'Elige un profesional');
    await tabTo(isButton(/Cualquier profesional/), 'any professional');
    await press(' ');
    await heading(widget, 'Elige fecha y hora');

    const day = await tabTo((el) => el.getAttribute('role') === 'gridcell', 'the calendar grid');
    expect(day.getAttribute('tabindex')).to.equal('0');
    // Arrow to a day with free times (at most a few weeks away).
    for (let i = 0; i < 40 && deepActiveElement()?.getAttribute('aria-disabled') === 'true'; i++) {
      await press('ArrowRight');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const chosenDay = deepActiveElement()!;
    expect(chosenDay.getAttribute('aria-disabled')).to.not.equal('true');
    await press('Enter');
    const time = await tabTo((el) => el.localName === 'button' && el.closest('[role="group"]') !== null && /^\d/.test(el.textContent!.trim()), 'a time');
    const timeLabel = time.textContent!.trim();
    await press('Enter');
    await heading(widget, 'Tus datos');

    await tabTo(named(/.*/), 'the first name field');
    expect((deepActiveElement() as HTMLInputElement).autocomplete).to.equal('given-name');
    await sendKeys({ type: juan.firstName });
    await press('Tab');
    await sendKeys({ type: juan.lastName });
    await press('Tab');
    await sendKeys({ type: juan.email });
    await press('Tab');
    await sendKeys({ type: juan.phone });
    await press('Enter');
    await heading(widget, 'Revisa tu reserva');

    await tabTo(isButton(/Confirmar reserva/), 'Confirm');
    await press('Enter');
    await heading(widget, /Solicitud de reserva recibida/);

    const posts = fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');
    expect(posts).to.have.length(1);
    const body = posts[0].body as { startTime: string; clientId: string };
    expect(body.clientId).to.equal(CITAPRO_IDS.juan);
    // The time booked is the one the customer picked by keyboard (business zone: UTC here).
    expect(formatTime(body.startTime, 'UTC', 'es')).to.equal(timeLabel);
    expect(body.startTime.slice(0, 10)).to.equal(chosenDay.getAttribute('data-date'));
  });
});
