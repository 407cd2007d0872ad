// The demo runs the widget against fake backends inside the browser (msw's service worker), so
// `npm start` needs no server and no key. The worker must be ready before the element is defined,
// or the first requests would reach the dev server instead.
import { setupWorker } from 'msw/browser';
import { demoBackends } from './backends.js';

await setupWorker(...Object.values(demoBackends).flatMap((backend) => backend.handlers)).start({
  quiet: true,
  onUnhandledRequest: 'bypass',
});
await import('../src/index.js');

// Backend switcher (also ?backend=… in the URL): a merchant on another system writes other attributes.
const widget = document.querySelector('booking-widget')!;
const picker = document.querySelector<HTMLSelectElement>('#backend')!;
const note = document.querySelector('#backend-note')!;
for (const [name, backend] of Object.entries(demoBackends)) picker.add(new Option(backend.label, name));
const useBackend = (name: string) => {
  const previous = demoBackends[picker.dataset.current ?? ''];
  for (const attribute of Object.keys(previous?.attributes ?? {})) widget.removeAttribute(attribute);
  for (const [attribute, value] of Object.entries(demoBackends[name].attributes)) widget.setAttribute(attribute, value);
  picker.dataset.current = name;
  note.textContent = demoBackends[name].note ?? '';
};
const requested = new URLSearchParams(location.search).get('backend') ?? 'citapro';
picker.value = requested in demoBackends ? requested : 'citapro';
picker.dataset.current = 'citapro';
useBackend(picker.value);
picker.addEventListener('change', () => useBackend(picker.value));

const log = document.querySelector('#events')!;
for (const name of ['booking-created', 'booking-step-change', 'booking-error', 'booking-cancelled', 'booking-signed-in', 'booking-signed-out'] as const) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    item.append(code);
    log.prepend(item);
  });
}
