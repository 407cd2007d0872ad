import { css, unsafeCSS } from 'lit';
import { colorTokens, dark, light, type Palette } from './palette.js';

/*
 * Two layers, as in Web Awesome: public tokens the host page sets (`--bw-color-primary`, …) and the
 * private `--_*` values every stylesheet uses, resolved on each element's `:host` as
 * "page token, else the theme's value, else the light default". Tokens are never declared on
 * `:host` themselves, so a page may set them anywhere up the tree (`:root`, a wrapper, the element).
 *
 * The theme layer (`--_theme-*`) is set only where a `theme` attribute is, and inherits from there:
 * the sub-elements inside `<booking-widget theme="dark">` pick it up, and a sub-element used alone
 * takes the same attribute.
 */

const themeLayer = (palette: Palette) =>
  unsafeCSS(colorTokens.map((name) => `--_theme-${name}: ${palette[name]};`).join('\n'));

// Focus follows the brand colour unless the page sets it apart.
const resolved = unsafeCSS(
  colorTokens
    .filter((name) => name !== 'focus')
    .map((name) => `--_${name}: var(--bw-color-${name}, var(--_theme-${name}, ${light[name]}));`)
    .join('\n'),
);

export const tokens = css`
  :host {
    ${resolved}
    --_focus: var(--bw-color-focus, var(--bw-color-primary, var(--_theme-focus, ${unsafeCSS(light.focus)})));
    --_radius: var(--bw-radius, 8px);
    /* Density scales spacing and control sizes together; targets never go under 24px (WCAG 2.5.8). */
    --_density: var(--bw-density, 1);
    --_space: calc(var(--bw-space, 8px) * var(--_density));
    --_control: max(24px, calc(2.75rem * var(--_density)));
    /* Primary actions stay at 44px or more, the comfortable touch size. */
    --_action: max(44px, var(--_control));
    /* Derived shades: a quiet divider, and a tint for available and selected things. */
    --_divider: color-mix(in srgb, var(--_border) 45%, var(--_surface));
    --_tint: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
  }

  :host([theme='light']),
  :host([theme='auto']) {
    ${themeLayer(light)}
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${themeLayer(dark)}
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${themeLayer(dark)}
      color-scheme: dark;
    }
  }
`;
