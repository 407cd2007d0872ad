// Serves the demo exactly as `npm start` does (vite + msw's worker in the page), walks to the
// calendar as a customer, and saves the README screenshot: npm run screenshot
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const server = await createServer({ server: { port: 5179, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 860 } });
  await page.goto('http://localhost:5179/');
  const widget = page.locator('booking-widget');
  await widget.getByRole('button', { name: /Corte de cabello/ }).click();
  await widget.getByRole('button', { name: /Sede Principal/ }).click();
  await widget.getByRole('button', { name: /Cualquier profesional/ }).click();
  await widget.getByRole('gridcell', { name: /con horas libres/ }).first().click();
  await widget.getByRole('group', { name: /^Horas del/ }).getByRole('button').first().waitFor();
  await page.screenshot({ path: 'docs/demo.png' });
  console.log('docs/demo.png written');
} finally {
  await browser.close();
  await server.close();
}
