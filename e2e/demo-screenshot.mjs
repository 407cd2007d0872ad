// Serves the demo exactly as `npm start` does (vite + msw's worker in the page), walks to the
// calendar as a customer, and saves the README's screenshots: npm run screenshot
//   docs/demo.png          the demo page
//   docs/theme-light.png   the widget, default (light) theme
//   docs/theme-dark.png    theme="dark"
//   docs/theme-brand.png   a custom brand theme (demo/demo.css, `booking-widget.brand`)
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const server = await createServer({ server: { port: 5179, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/** Opens the demo with the look in `query`, and books up to the chosen day's times. */
async function calendarStep(query = '') {
  // Reduced motion: no shimmer caught half-way, so the shots are the same on every run.
  const page = await browser.newPage({ viewport: { width: 1100, height: 860 }, reducedMotion: 'reduce' });
  await page.goto(`http://localhost:5179/${query}`);
  const widget = page.locator('booking-widget');
  await widget.getByRole('button', { name: /Corte de cabello/ }).click();
  await widget.getByRole('button', { name: /Sede Principal/ }).click();
  await widget.getByRole('button', { name: /Cualquier profesional/ }).click();
  await widget.getByRole('gridcell', { name: /con horas libres/ }).first().click();
  const times = widget.getByRole('group', { name: /^Horas del/ }).getByRole('button');
  await times.first().waitFor();
  // The pointer off the widget, or whatever scrolls under it looks hovered.
  await page.mouse.move(0, 0);
  return { page, widget };
}

try {
  const { page, widget } = await calendarStep();
  await page.screenshot({ path: 'docs/demo.png' });
  await widget.screenshot({ path: 'docs/theme-light.png' });
  for (const [name, query] of [
    ['dark', '?theme=dark'],
    ['brand', '?brand'],
  ]) {
    const shot = await calendarStep(query);
    await shot.widget.screenshot({ path: `docs/theme-${name}.png` });
  }
  console.log('docs/demo.png, docs/theme-light.png, docs/theme-dark.png, docs/theme-brand.png written');
} finally {
  await browser.close();
  await server.close();
}
