import { css, html, nothing } from 'lit';
import type { CustomerAccount } from '../../core/model.js';
import type { Messages } from '../../i18n/index.js';

/* The review's "Pay with my loyalty points" choice, kept here so the review only places it. */

export interface PointsChoice {
  account?: CustomerAccount;
  /** The backend takes points as payment. */
  offerPoints: boolean;
  usePoints: boolean;
}

export const pointsStyles = css`
  [part~='points'] {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: 0 0 calc(var(--_space) * 2);
    cursor: pointer;
  }

  [part~='points-input'] {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_primary);
  }
`;

/** A checkbox with its label, or nothing when there are no points to spend. */
export function renderPointsChoice(choice: PointsChoice, t: Messages, onChange: (use: boolean) => void) {
  const points = choice.account?.points ?? 0;
  if (!choice.offerPoints || points <= 0) return nothing;
  return html`<label part="points">
    <input
      part="points-input"
      type="checkbox"
      .checked=${choice.usePoints}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${t.usePoints(points)}</span>
  </label>`;
}
