import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Professional } from '../../core/model.js';
import { ProfessionalSelectEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { optionButton, optionList } from '../service-picker/option-list.js';
import { styles } from './professional-picker.styles.js';

/** "Ana María López" → "AL": first letters of the first and last words. */
export function initials(name: string, locale: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  // Array.from keeps letters outside the BMP whole.
  return picked.map((word) => Array.from(word)[0]).join('').toLocaleUpperCase(locale);
}

const groupIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  ${svg`<g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round">
    <circle cx="9" cy="8" r="3.2" /><path d="M3 19c.6-3.4 3-5.2 6-5.2s5.4 1.8 6 5.2" />
    <circle cx="16.5" cy="9" r="2.6" /><path d="M16.5 13.8c2.4 0 4 1.4 4.5 4.2" />
  </g>`}
</svg>`;

/**
 * @summary The professionals to choose from, optionally led by "Any professional".
 *
 * @fires booking-professional-select - `ProfessionalSelectEvent` with the professional, or `undefined` for any.
 *
 * @csspart list - The list of professionals.
 * @csspart item - One list item.
 * @csspart option - The button for one choice.
 * @csspart option-selected - The button of the current choice.
 * @csspart option-any - The "Any professional" button.
 * @csspart avatar - The initials (or group icon) beside a name.
 * @csspart avatar-any - The group icon of "Any professional".
 * @csspart text - The text inside an option.
 * @csspart name - A professional's name.
 * @csspart meta - The hint under "Any professional".
 * @csspart check - The check mark on the current choice.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart skeleton-row - One placeholder row.
 * @csspart empty - The message shown when there is nobody to choose.
 *
 * @cssprop --bw-color-primary - Selection, focus and avatar colour.
 * @cssprop --bw-color-on-primary - Initials colour.
 * @cssprop --bw-color-surface - Option background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text colour.
 * @cssprop --bw-color-border - Option border colour.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-option-padding - Padding inside an option.
 * @cssprop --bw-avatar-size - Diameter of the initials circle (default 40px).
 */
@customElement('booking-professional-picker')
export class BookingProfessionalPicker extends BookingElement {
  static override styles = styles;

  @property({ attribute: false }) professionals: Professional[] = [];

  /** Id of the chosen professional; `undefined` means any. */
  @property() value?: string;

  /** Offer "Any professional" first. Property only: a boolean attribute cannot default to true. */
  @property({ attribute: false }) allowAny = true;

  @property({ type: Boolean, reflect: true }) loading = false;

  private choose(professional: Professional | undefined) {
    this.value = professional?.id;
    this.dispatchEvent(new ProfessionalSelectEvent(professional));
  }

  private renderAny() {
    return optionButton({
      selected: !this.value,
      onChoose: () => this.choose(undefined),
      kind: 'option-any',
      lead: html`<span part="avatar avatar-any">${groupIcon}</span>`,
      name: this.t.anyProfessional,
      describedBy: 'any-hint',
      details: html`<span part="meta" id="any-hint" aria-hidden="true">${this.t.anyProfessionalHint}</span>`,
    });
  }

  private renderOption(professional: Professional) {
    return optionButton({
      selected: professional.id === this.value,
      onChoose: () => this.choose(professional),
      lead: html`<span part="avatar" aria-hidden="true">${initials(professional.name, this.l10n.locale)}</span>`,
      name: professional.name,
    });
  }

  override render() {
    const empty = this.professionals.length === 0 && !this.allowAny;
    return optionList(
      this.t,
      { loading: this.loading, emptyMessage: empty ? this.t.noProfessionals : undefined },
      html`${this.allowAny ? this.renderAny() : nothing}
      ${repeat(this.professionals, (professional) => professional.id, (professional) => this.renderOption(professional))}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-professional-picker': BookingProfessionalPicker;
  }
}
