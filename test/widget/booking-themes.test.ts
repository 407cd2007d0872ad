/**
 * The merchant's look and its accessibility: both themes axe-clean through a whole booking, reflow in
 * a 320px container, target sizes, tokens and ::part() from the host page, forced colours, RTL.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import type { BookingServicePicker } from '../../src/components/service-picker/service-picker.js';
import type { Service } from '../../src/core/model.js';
import { colorTokens, dark, light, type Palette } from '../../src/styles/palette.js';
import { exportedName, subElementParts, type SubElement } from '../../src/styles/parts.js';
import { useNetwork } from '../helpers/network.js';
import { click, findByShadowRole, waitFor } from '../helpers/user.js';
import { button, citaProFake, fillDetails, heading, juan, mountWidget, pickFirstAvailableDay } from './citapro-fixture.js';

// ---- colour arithmetic (WCAG 2.x relative luminance), for the palette checks -----------------------

type Rgb = [number, number, number];
const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const cssRgb = (hex: string) => `rgb(${rgbOf(hex).join(', ')})`;
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** `color-mix(in srgb, a p, b)` */
const mix = (a: Rgb, b: Rgb, p: number): Rgb => a.map((v, i) => Math.round(v * p + b[i] * (1 - p))) as Rgb;

// ---- page helpers -----------------------------------------------------------------------------------

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core 4 with the WCAG 2.2 AA and best-practice rules (color-contrast and target-size among them). */
async function axeViolations(element: Element): Promise<string[]> {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } }).axe;
  const results = await axe.run(element, { runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] });
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`));
}

async function expectAxeClean(element: Element, where: string) {
  expect(await axeViolations(element), `axe at ${where}`).to.deep.equal([]);
}

/** Every element of `root` and of the shadow roots inside it. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

const visible = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && getComputedStyle(el).visibility !== 'hidden';
};

/** What a person can click or type into, with a box of its own. */
const targets = (root: Element) =>
  deepElements(root.shadowRoot!).filter(
    (el) => el.matches('button, input, textarea, select, a[href], [role="gridcell"][data-date]') && visible(el),
  );

/** Walks a whole booking, calling `check` on every step once it shows what a customer acts on. */
async function bookThrough(widget: BookingWidget, check: (step: string) => Promise<void>) {
  await heading(widget, 'Elige un servicio');
  await button(widget, /Corte de cabello/);
  await check('service');
  await click(await button(widget, /Corte de cabello/));

  await heading(widget, 'Elige una sede');
  await check('location');
  await click(await button(widget, /Sede Principal/));

  await heading(widget, 'Elige un profesional');
  await button(widget, /María García/);
  await check('professional');
  await click(await button(widget, /Cualquier profesional/));

  await heading(widget, 'Elige fecha y hora');
  // The calendar open on a chosen day, with its times showing.
  const times = await pickFirstAvailableDay(widget);
  await check('datetime');
  await click(times[0]);

  await heading(widget, 'Tus datos');
  await check('details');
  await click(await button(widget, 'Continuar'));
  // The form's own errors are on screen.
  await waitFor(() => expect(deepElements(widget.shadowRoot!).some((el) => el.getAttribute('aria-invalid') === 'true')).to.equal(true));
  await check('details with errors');
  await fillDetails(widget, juan);
  await click(await button(widget, 'Continuar'));

  await heading(widget, 'Revisa tu reserva');
  await check('review');
  await click(await button(widget, 'Confirmar reserva'));

  await heading(widget, /Solicitud de reserva recibida/);
  await check('confirmation');
}

const services: Service[] = [
  { id: 'cut', name: 'Haircut', durationMinutes: 30, price: 50, currency: 'USD' },
  { id: 'colour', name: 'Colour', durationMinutes: 90, price: 120, currency: 'USD' },
];

describe('theming and visual accessibility', () => {
  useNetwork();

  describe('the built-in palettes', () => {
    for (const [name, palette] of [['light', light], ['dark', dark]] as Array<[string, Palette]>) {
      it(`${name}: text pairs reach 4.5:1, borders and focus 3:1, on every background the elements use`, () => {
        const c = Object.fromEntries(colorTokens.map((t) => [t, rgbOf(palette[t])])) as Record<string, Rgb>;
        const tint = mix(c.primary, c.surface, 0.12);
        const selectedOption = mix(c.primary, c.surface, 0.07);
        const dangerBox = mix(c.danger, c.surface, 0.06);
        const successBox = mix(c.success, c.surface, 0.08);
        const text: Array<[string, Rgb, Rgb]> = [
          ['text on surface', c.text, c.surface],
          ['muted on surface', c.muted, c.surface],
          ['primary on surface', c.primary, c.surface],
          ['on-primary on primary', c['on-primary'], c.primary],
          ['danger on surface', c.danger, c.surface],
          ['success on surface', c.success, c.surface],
          ['text on an available day', c.text, tint],
          ['primary on the tint (hovered time, pressed toggle)', c.primary, tint],
          ['muted on a selected option', c.muted, selectedOption],
          ['text on the error box', c.text, dangerBox],
          ['muted on the reference box', c.muted, successBox],
        ];
        for (const [what, fg, bg] of text) expect(contrast(fg, bg), what).to.be.at.least(4.5);
        for (const [what, fg] of [['border', c.border], ['focus', c.focus], ['primary (selection frame)', c.primary]] as const) {
          expect(contrast(fg, c.surface), `${what} on surface`).to.be.at.least(3);
        }
      });
    }
  });

  describe('axe through a whole booking', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}": 0 violations (WCAG 2.2 AA + best practice) on every step, calendar open`, async () => {
        citaProFake();
        const widget = await mountWidget({ theme });
        const steps: string[] = [];
        await bookThrough(widget, async (step) => {
          // The theme really is on: the widget's background is the palette's surface.
          expect(getComputedStyle(widget).backgroundColor).to.equal(cssRgb((theme === 'dark' ? dark : light).surface));
          await expectAxeClean(widget, step);
          steps.push(step);
        });
        expect(steps).to.have.length(8);
      });
    }

    it('theme="auto" follows prefers-color-scheme, and is axe-clean in the dark on every step', async () => {
      citaProFake();
      const widget = await mountWidget({ theme: 'auto' });
      try {
        await emulateMedia({ colorScheme: 'light' });
        await heading(widget, 'Elige un servicio');
        expect(getComputedStyle(widget).backgroundColor).to.equal(cssRgb(light.surface));
        await emulateMedia({ colorScheme: 'dark' });
        await bookThrough(widget, async (step) => {
          expect(getComputedStyle(widget).backgroundColor).to.equal(cssRgb(dark.surface));
          expect(getComputedStyle(widget).colorScheme).to.equal('dark');
          await expectAxeClean(widget, step);
        });
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    });

    it('defaults to the light theme, reflected so pages can style by it', async () => {
      citaProFake();
      const widget = await mountWidget();
      await heading(widget, 'Elige un servicio');
      expect(widget.getAttribute('theme')).to.equal('light');
      widget.theme = 'dark';
      await widget.updateComplete;
      expect(widget.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(widget).backgroundColor).to.equal(cssRgb(dark.surface));
    });
  });

  describe('in a 320px column', () => {
    it('never overflows sideways and keeps every target at least 24×24 on every step', async () => {
      citaProFake();
      const widget = await mountWidget();
      widget.parentElement!.style.width = '320px';
      const checked: string[] = [];
      await bookThrough(widget, async (step) => {
        expect(widget.getBoundingClientRect().width).to.equal(320);
        expect(widget.scrollWidth, `${step}: scrollWidth`).to.be.at.most(widget.clientWidth);
        const box = widget.getBoundingClientRect();
        const outside = deepElements(widget.shadowRoot!)
          .filter(visible)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((el) => `<${el.localName} part="${el.getAttribute('part') ?? ''}">`);
        expect(outside, `${step}: boxes sticking out`).to.deep.equal([]);
        const found = targets(widget);
        expect(found.length, `${step}: targets found`).to.be.greaterThan(0);
        const small = found
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(({ el, r }) => `<${el.localName}> "${el.textContent?.trim().slice(0, 20)}" ${r.width}×${r.height}`);
        expect(small, `${step}: targets under 24×24`).to.deep.equal([]);
        checked.push(step);
      });
      expect(checked).to.have.length(8);
    });

    it('primary actions and day cells are 44px tall', async () => {
      citaProFake();
      const widget = await mountWidget();
      widget.parentElement!.style.width = '320px';
      await click(await button(widget, /Corte de cabello/));
      await click(await button(widget, /Sede Principal/));
      await click(await button(widget, /Cualquier profesional/));
      const times = await pickFirstAvailableDay(widget);
      const day = deepElements(widget.shadowRoot!).find((el) => el.matches('[role="gridcell"][aria-selected="true"]'))!;
      expect(day.getBoundingClientRect().height).to.be.at.least(44);
      expect(times[0].getBoundingClientRect().height).to.be.at.least(44);
      // Three times to a row even this narrow: the list fills the column instead of leaving a gap.
      const tops = times.slice(0, 3).map((t) => t.getBoundingClientRect().top);
      expect(new Set(tops).size).to.equal(1);
    });
  });

  describe('the host page styles it', () => {
    it('a token set on an ancestor reaches the confirm button; every rendered part is reachable with ::part()', async () => {
      citaProFake();
      // A probe on every part name the widget offers, from the page's stylesheet; non-inherited, so a
      // part inside another part only has it when it is reachable itself.
      try {
        CSS.registerProperty({ name: '--part-probe', syntax: '*', inherits: false });
      } catch {
        // Registered by an earlier run in this page.
      }
      const exported = Object.entries(subElementParts).flatMap(([tag, { parts }]) => parts.map((p) => exportedName(tag as SubElement, p)));
      const own = ['base', 'steps', 'heading', 'error', 'retry', 'back'];
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        [...own, ...exported].map((name) => `booking-widget::part(${name}) { --part-probe: ${name}; }`).join('\n') +
          '\nbooking-widget::part(calendar-day) { text-decoration: underline; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const widget = await mountWidget();
        widget.parentElement!.style.setProperty('--bw-color-primary', 'rgb(122, 59, 46)');
        const unreachable = new Set<string>();
        await bookThrough(widget, async (step) => {
          for (const el of deepElements(widget.shadowRoot!)) {
            if (!el.getAttribute('part')) continue;
            if (getComputedStyle(el).getPropertyValue('--part-probe').trim() === '') {
              unreachable.add(`${step}: <${el.localName} part="${el.getAttribute('part')}"> in <${(el.getRootNode() as ShadowRoot).host.localName}>`);
            }
          }
          if (step === 'datetime') {
            const days = deepElements(widget.shadowRoot!).filter((el) => el.matches('td[data-date]'));
            expect(days.length).to.be.at.least(28);
            for (const day of days) expect(getComputedStyle(day).textDecorationLine).to.equal('underline');
          }
          if (step === 'review') {
            const confirm = await button(widget, 'Confirmar reserva');
            expect(getComputedStyle(confirm).backgroundColor).to.equal('rgb(122, 59, 46)');
          }
        });
        expect([...unreachable]).to.deep.equal([]);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });

    it('a sub-element used alone takes the theme attribute and the same tokens', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="en">
        <booking-service-picker .services=${services}></booking-service-picker>
        <booking-service-picker theme="dark" .services=${services}></booking-service-picker>
        <booking-service-picker style="--bw-color-surface: rgb(255, 250, 245)" .services=${services}></booking-service-picker>
      </div>`);
      const [plain, darkPicker, branded] = [...page.querySelectorAll<BookingServicePicker>('booking-service-picker')];
      await Promise.all([plain, darkPicker, branded].map((p) => p.updateComplete));
      const optionBg = async (picker: HTMLElement) =>
        getComputedStyle(await findByShadowRole(picker, 'button', { name: /Haircut/ })).backgroundColor;
      expect(await optionBg(plain)).to.equal(cssRgb(light.surface));
      expect(await optionBg(darkPicker)).to.equal(cssRgb(dark.surface));
      expect(await optionBg(branded)).to.equal('rgb(255, 250, 245)');
      await expectAxeClean(darkPicker, 'a dark picker alone');
    });
  });

  describe('forced colours, motion and direction', () => {
    it('forced-colors mode keeps the selected day filled with the system highlight', async () => {
      citaProFake();
      const widget = await mountWidget();
      await click(await button(widget, /Corte de cabello/));
      await click(await button(widget, /Sede Principal/));
      await click(await button(widget, /Cualquier profesional/));
      await pickFirstAvailableDay(widget);
      const cells = deepElements(widget.shadowRoot!).filter((el) => el.matches('td[data-date]'));
      const selected = cells.find((el) => el.getAttribute('aria-selected') === 'true')!;
      const other = cells.find((el) => el !== selected && el.getAttribute('aria-disabled') !== 'true')!;
      const probe = document.createElement('span');
      probe.style.cssText = 'background: Highlight; color: HighlightText';
      widget.parentElement!.append(probe);
      try {
        await executeServerCommand('emulate-forced-colors', { active: true });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const highlight = getComputedStyle(probe);
        const selectedStyle = getComputedStyle(selected);
        expect(selectedStyle.backgroundColor).to.equal(highlight.backgroundColor);
        expect(selectedStyle.color).to.equal(highlight.color);
        expect(getComputedStyle(other).backgroundColor).not.to.equal(highlight.backgroundColor);
        // An available day keeps a visible frame that unavailable days do not have.
        const unavailable = cells.find((el) => el.getAttribute('aria-disabled') === 'true')!;
        expect(getComputedStyle(other).borderTopColor).not.to.equal(getComputedStyle(unavailable).borderTopColor);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
        probe.remove();
      }
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    });

    it('loading rows shimmer, and stand still when the visitor asks for less motion', async () => {
      const picker = await fixture<BookingServicePicker>(html`<booking-service-picker loading></booking-service-picker>`);
      const row = picker.shadowRoot!.querySelector('[part~="skeleton-row"]')!;
      expect(getComputedStyle(row).animationName).to.equal('shimmer');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(row).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('mirrors in right-to-left: the check mark and the text start swap sides', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="en">
        <booking-service-picker dir="ltr" value="cut" .services=${services}></booking-service-picker>
        <booking-service-picker dir="rtl" value="cut" .services=${services}></booking-service-picker>
      </div>`);
      const sides = [...page.querySelectorAll<BookingServicePicker>('booking-service-picker')].map((picker) => {
        const option = picker.shadowRoot!.querySelector('[part~="option-selected"]')!.getBoundingClientRect();
        const check = picker.shadowRoot!.querySelector('[part~="check"]')!.getBoundingClientRect();
        const name = picker.shadowRoot!.querySelector('[part~="name"]')!.getBoundingClientRect();
        return { checkOnLeft: check.right < option.left + option.width / 2, nameOnLeft: name.left - option.left < option.right - name.right };
      });
      expect(sides).to.deep.equal([
        { checkOnLeft: false, nameOnLeft: true },
        { checkOnLeft: true, nameOnLeft: false },
      ]);
    });
  });
});
