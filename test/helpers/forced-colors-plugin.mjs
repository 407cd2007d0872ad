/**
 * Test-runner server command `emulate-forced-colors` ({ active: boolean }): Chromium's forced-colors
 * mode (Windows High Contrast and the like) through the DevTools protocol. `emulateMedia` from
 * @web/test-runner-commands cannot do it under the Chrome launcher: it passes only colour scheme and
 * reduced motion to puppeteer, whose `emulateMediaFeatures` refuses `forced-colors`.
 */
export function forcedColorsPlugin() {
  // One protocol session per test page, kept open: the emulation ends when its session detaches.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
