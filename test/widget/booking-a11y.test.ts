/** axe on every step of a full booking, in the widget as a whole, light theme. */
import { expect } from '@open-wc/testing';
import { click } from '../helpers/user.js';
import { useNetwork } from '../helpers/network.js';
import { button, citaProFake, fillDetails, heading, juan, mountWidget, pickFirstAvailableDay } from './citapro-fixture.js';
import { deepActiveElement } from '../helpers/user.js';

describe('<booking-widget> accessibility through a whole booking', () => {
  useNetwork();

  it('is axe-clean on every step, and each step change puts focus on the new heading', async () => {
    citaProFake();
    const widget = await mountWidget();
    const focusIsOn = (name: string) => expect(deepActiveElement()?.textContent?.trim()).to.equal(name);

    await heading(widget, 'Elige un servicio');
    await button(widget, /Corte de cabello/);
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Corte de cabello/));

    await heading(widget, 'Elige una sede');
    focusIsOn('Elige una sede');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Sede Principal/));

    await heading(widget, 'Elige un profesional');
    await button(widget, /María García/);
    focusIsOn('Elige un profesional');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Cualquier profesional/));

    await heading(widget, 'Elige fecha y hora');
    focusIsOn('Elige fecha y hora');
    const times = await pickFirstAvailableDay(widget);
    await expect(widget).to.be.accessible();
    await click(times[0]);

    await heading(widget, 'Tus datos');
    focusIsOn('Tus datos');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Continuar'));
    // The form's own errors are on screen now.
    await expect(widget).to.be.accessible();
    await fillDetails(widget, juan);
    await click(await button(widget, 'Continuar'));

    await heading(widget, 'Revisa tu reserva');
    focusIsOn('Revisa tu reserva');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Confirmar reserva'));

    await heading(widget, /Solicitud de reserva recibida/);
    focusIsOn('Solicitud de reserva recibida');
    await expect(widget).to.be.accessible();
  });
});
