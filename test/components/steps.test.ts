import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/steps/steps.js';
import type { BookingSteps } from '../../src/components/steps/steps.js';
import type { StepId } from '../../src/core/flow.js';
import { findAllByShadowRole, findByShadowRole, queryAllByShadowRole } from '../helpers/user.js';

const steps: StepId[] = ['service', 'professional', 'datetime', 'details', 'review', 'confirmation'];

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text as assistive tech gets it: aria-hidden parts (the numbered markers) left out. */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return plain(copy.textContent);
}

const indicator = (locale: string, current: StepId, width = 800) =>
  fixture<BookingSteps>(
    html`<booking-steps style="width: ${width}px" locale=${locale} .steps=${steps} current=${current}></booking-steps>`,
  );

describe('booking-steps', () => {
  it('lists the steps in a labelled navigation, marking the current and the completed ones', async () => {
    const el = await indicator('es', 'datetime');
    const nav = await findByShadowRole(el, 'navigation', { name: 'Pasos de la reserva' });
    const items = await findAllByShadowRole(nav, 'listitem');
    expect(items.map(spoken)).to.deep.equal([
      'Servicio, completado',
      'Profesional, completado',
      'Fecha y hora',
      'Tus datos',
      'Resumen',
      'Listo',
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null, null]);
    expect(items.map((item) => item.part.value)).to.deep.equal([
      'step step-complete',
      'step step-complete',
      'step step-current',
      'step',
      'step',
      'step',
    ]);
    // Completed steps show a check instead of their number.
    expect(items[0].querySelector('[part~="marker"] svg')).to.exist;
    expect(plain(items[3].querySelector('[part~="marker"]')!.textContent)).to.equal('4');
    await expect(el).to.be.accessible();
  });

  it('is not interactive', async () => {
    const el = await indicator('en', 'review');
    expect(queryAllByShadowRole(el, 'button')).to.have.length(0);
    expect(queryAllByShadowRole(el, 'link')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[tabindex]')).to.have.length(0);
  });

  it('follows the current step when it changes', async () => {
    const el = await indicator('en', 'service');
    el.current = 'confirmation';
    await el.updateComplete;
    const items = await findAllByShadowRole(el, 'listitem');
    expect(items.map(spoken)).to.deep.equal([
      'Service, completed',
      'Professional, completed',
      'Date & time, completed',
      'Your details, completed',
      'Review, completed',
      'Done',
    ]);
    expect(items[5].getAttribute('aria-current')).to.equal('step');
  });

  it('shows "Step n of N" only when narrow, and keeps step names for assistive tech', async () => {
    const wide = await indicator('en', 'details');
    const compact = wide.shadowRoot!.querySelector<HTMLElement>('[part~="compact"]')!;
    expect(compact.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(compact).display).to.equal('none');
    expect(wide.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!.getBoundingClientRect().width).to.be.greaterThan(10);

    const narrow = await indicator('es', 'details', 320);
    const line = narrow.shadowRoot!.querySelector<HTMLElement>('[part~="compact"]')!;
    expect(getComputedStyle(line).display).not.to.equal('none');
    expect(plain(line.textContent)).to.equal('Paso 4 de 6 Tus datos');
    expect(narrow.scrollWidth).to.be.at.most(320);
    const items = await findAllByShadowRole(narrow, 'listitem');
    expect(spoken(items[3])).to.equal('Tus datos');
    await expect(narrow).to.be.accessible();
  });
});

describe('booking-steps in a locale with its own digits', () => {
  it('numbers the steps with the locale digits', async () => {
    const el = await fixture<BookingSteps>(
      html`<booking-steps locale="ar-EG" .steps=${['service', 'datetime', 'details']} current="service"></booking-steps>`,
    );
    const markers = [...el.shadowRoot!.querySelectorAll('[part~="marker"]')].map((m) => m.textContent!.trim());
    expect(markers).to.deep.equal(['١', '٢', '٣']);
  });
});
