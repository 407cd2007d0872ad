// The demo runs the widget against the fake CitaPro backend inside the browser (msw's service
// worker), so `npm start` needs no server and no key. The worker must be ready before the element
// is defined, or the first requests would reach the dev server instead.
import { setupWorker } from 'msw/browser';
import { createCitaProFake } from '../src/mocks/index.js';

const fake = createCitaProFake({ baseUrl: 'https://api.citapro.test', timeZone: 'America/Guayaquil', latencyMs: 350 });
await setupWorker(...fake.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
await import('../src/index.js');

const log = document.querySelector('#events')!;
for (const name of ['booking-created', 'booking-step-change', 'booking-error'] as const) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    item.append(code);
    log.prepend(item);
  });
}
