import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StepId } from '../../core/flow.js';
import type { Messages } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/plural.js';
import { BookingElement } from '../booking-element.js';
import { styles } from './steps.styles.js';

const stepNames: Record<StepId, keyof Messages> = {
  service: 'stepService',
  location: 'stepLocation',
  professional: 'stepProfessional',
  datetime: 'stepDateTime',
  details: 'stepDetails',
  review: 'stepReview',
  confirmation: 'stepConfirmation',
};

const checkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<path d="M3 8.5l3 3 7-7.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />`}
</svg>`;

/**
 * Not interactive. On narrow containers only the markers and a "Step n of N" line show.
 *
 * @summary Where the customer is in the booking: the steps, done ones checked, the current one marked.
 *
 * @csspart nav - The navigation landmark.
 * @csspart compact - The "Step n of N" line shown on narrow containers.
 * @csspart compact-count - "Step n of N".
 * @csspart compact-name - The current step's name in the compact line.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step.
 * @csspart step-current - The current step.
 * @csspart step-complete - A step already done.
 * @csspart marker - A step's number or check.
 * @csspart label - A step's name.
 *
 * @cssprop --bw-color-primary - Current and completed colour.
 * @cssprop --bw-color-on-primary - Check colour.
 * @cssprop --bw-color-surface - Marker background.
 * @cssprop --bw-color-text - Current step text colour.
 * @cssprop --bw-color-muted - Other steps' text colour.
 * @cssprop --bw-color-border - Upcoming marker and line colour.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-steps-marker-size - Diameter of a step's marker (default 24px).
 */
@customElement('booking-steps')
export class BookingSteps extends BookingElement {
  static override styles = styles;

  /** The steps this booking shows, in order. */
  @property({ attribute: false }) steps: StepId[] = [];

  @property() current?: StepId;

  /** Names that replace the usual ones for some steps (the front desk's "Customers" for `details`). */
  @property({ attribute: false }) names: Partial<Record<StepId, string>> = {};

  private name(step: StepId): string {
    return this.names[step] ?? (this.t[stepNames[step]] as string);
  }

  private renderStep(step: StepId, index: number, currentIndex: number) {
    const complete = index < currentIndex;
    const current = index === currentIndex;
    const part = `step${current ? ' step-current' : ''}${complete ? ' step-complete' : ''}`;
    // The comma is for screen readers, so "completed" is not run into the name.
    return html`<li part=${part} aria-current=${ifDefined(current ? 'step' : undefined)}>
      <span part="marker" aria-hidden="true">${complete ? checkIcon : formatNumber(this.l10n.locale, index + 1)}</span>
      <span part="label">${this.name(step)}${complete
          ? html`<span class="visually-hidden">, ${this.t.completedStep}</span>`
          : nothing}</span>
    </li>`;
  }

  override render() {
    const currentIndex = this.current ? this.steps.indexOf(this.current) : -1;
    return html`<nav part="nav" aria-label=${this.t.progressLabel}>
      ${currentIndex >= 0
        ? html`<p part="compact" aria-hidden="true">
            <span part="compact-count">${this.t.stepOf(currentIndex + 1, this.steps.length)}</span>
            <span part="compact-name">${this.name(this.steps[currentIndex])}</span>
          </p>`
        : nothing}
      <ol part="list">
        ${this.steps.map((step, index) => this.renderStep(step, index, currentIndex))}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-steps': BookingSteps;
  }
}
