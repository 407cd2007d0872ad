import { css, unsafeCSS, type CSSResult } from 'lit';
import { tokens } from './tokens.js';

/*
 * Style pieces the elements share, so a button, a focus ring or a loading shimmer looks the same in
 * every step. Pieces that style existing parts take the selector, because each element names its
 * own parts.
 */

/** Tokens, the host box, and the helpers every element uses. */
export const base = css`
  ${tokens}

  :host {
    display: block;
    container-type: inline-size;
    /* The page's font unless the merchant picks one. */
    font-family: var(--bw-font, inherit);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

// `:is()` so a selector list takes `:hover` on every member, not only the last.
const sel = (selector: string) => unsafeCSS(`:is(${selector})`);

/** A filled button in the brand colour: the step's main action. */
export function primaryButton(selector: string): CSSResult {
  const s = sel(selector);
  return css`
    ${s} {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space);
      min-height: var(--_action);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 3);
      /* A border even when filled: it is what forced-colors mode draws. */
      border: 1px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font: inherit;
      font-weight: 600;
      text-align: center;
      overflow-wrap: anywhere;
      cursor: pointer;
    }

    ${s}:hover {
      background: color-mix(in srgb, var(--_primary) 85%, var(--_text));
    }
  `;
}

/** An outlined button in the brand colour: Back, Retry, Book another. */
export function secondaryButton(selector: string): CSSResult {
  const s = sel(selector);
  return css`
    ${primaryButton(selector)}

    ${s} {
      background: var(--_surface);
      color: var(--_primary);
    }

    ${s}:hover {
      background: var(--_tint);
    }
  `;
}

/** A shimmering placeholder while something loads; still when the visitor asks for less motion. */
export function shimmer(selector: string): CSSResult {
  const s = sel(selector);
  return css`
    ${s} {
      color: var(--_muted);
      background: linear-gradient(90deg, var(--_tint) 25%, var(--_surface) 50%, var(--_tint) 75%) 0 0 / 300% 100%;
      animation: shimmer 1.4s ease-in-out infinite;
    }

    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: 0 0;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      ${s} {
        animation: none;
        background: var(--_tint);
      }
    }
  `;
}
