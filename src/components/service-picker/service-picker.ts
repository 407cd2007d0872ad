import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { servicesTotal } from '../../core/flow.js';
import { formatDuration, formatPrice } from '../../core/format.js';
import type { Service } from '../../core/model.js';
import { ServiceSelectEvent, ServicesChangeEvent, ServicesSelectEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { optionButton, optionList } from './option-list.js';
import { styles } from './service-picker.styles.js';

/**
 * Single mode: choosing a service is one click and fires `booking-service-select`. Multiple mode (the
 * widget sets it when the backend books several services together): each service toggles, a summary
 * keeps count, duration and price, and "Continue" fires `booking-services-select`.
 *
 * @summary The list of services to choose from, each with its duration and price.
 *
 * @fires booking-service-select - `ServiceSelectEvent` when the customer chooses a service (single mode).
 * @fires booking-services-change - `ServicesChangeEvent` when the customer adds or removes a service (multiple mode).
 * @fires booking-services-select - `ServicesSelectEvent` when the customer continues with the chosen services (multiple mode).
 *
 * @csspart list - The list of services.
 * @csspart item - One list item.
 * @csspart option - The button for one service.
 * @csspart option-selected - The button of the chosen service.
 * @csspart text - The text inside an option.
 * @csspart name - A service's name.
 * @csspart meta - A service's duration and price.
 * @csspart description - A service's description.
 * @csspart check - The check mark on the chosen service.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart skeleton-row - One placeholder row.
 * @csspart empty - The message shown when there is nothing to choose.
 * @csspart hint - Multiple mode: the line saying more than one service can be chosen.
 * @csspart selection - Multiple mode: the bar under the list with the summary and "Continue" (sticks to the bottom).
 * @csspart selection-summary - Multiple mode: count, combined duration and total, or what is still needed.
 * @csspart continue - Multiple mode: the "Continue" button.
 *
 * @cssprop --bw-color-primary - Selection and focus colour.
 * @cssprop --bw-color-on-primary - Text on the "Continue" button.
 * @cssprop --bw-color-surface - Option background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text colour.
 * @cssprop --bw-color-border - Option border colour.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-option-padding - Padding inside an option.
 */
@customElement('booking-service-picker')
export class BookingServicePicker extends BookingElement {
  static override styles = styles;

  @property({ attribute: false }) services: Service[] = [];

  /** Id of the chosen service (single mode). */
  @property() value?: string;

  /** Several services can be chosen together; set by the widget when the backend books them at once. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** Ids of the chosen services, in the order chosen (multiple mode). */
  @property({ attribute: false }) values: string[] = [];

  @property({ type: Boolean, reflect: true }) loading = false;

  private choose(service: Service) {
    this.value = service.id;
    this.dispatchEvent(new ServiceSelectEvent(service));
  }

  private toggle(service: Service) {
    this.values = this.values.includes(service.id) ? this.values.filter((id) => id !== service.id) : [...this.values, service.id];
    this.dispatchEvent(new ServicesChangeEvent(this.chosen()));
  }

  private onContinue() {
    const chosen = this.chosen();
    // aria-disabled rather than disabled, so the button stays in the tab order with its explanation.
    if (chosen.length) this.dispatchEvent(new ServicesSelectEvent(chosen));
  }

  private chosen(): Service[] {
    return this.values.map((id) => this.services.find((s) => s.id === id)).filter((s): s is Service => !!s);
  }

  private renderOption(service: Service, index: number) {
    const meta = this.t.durationAndPrice(formatDuration(service.durationMinutes, this.l10n.locale), formatPrice(this.l10n, service.price, service.currency));
    const descriptionId = service.description ? `description-${index}` : undefined;
    // The description describes rather than names the button, so the name stays short.
    return optionButton({
      selected: this.multiple ? this.values.includes(service.id) : service.id === this.value,
      onChoose: () => (this.multiple ? this.toggle(service) : this.choose(service)),
      name: service.name,
      describedBy: descriptionId,
      details: html`<span part="meta">${meta}</span>
        ${descriptionId ? html`<span part="description" id=${descriptionId} aria-hidden="true">${service.description}</span>` : nothing}`,
    });
  }

  /** Multiple mode: what is chosen so far, and the way on. */
  private renderSelection() {
    const chosen = this.chosen();
    const total = servicesTotal(chosen);
    const summary = chosen.length
      ? this.t.servicesSummary(chosen.length, formatDuration(total.durationMinutes, this.l10n.locale), formatPrice(this.l10n, total.price, total.currency))
      : this.t.chooseAtLeastOne;
    return html`<div part="selection">
      <p part="selection-summary" id="selection-summary" role="status">${summary}</p>
      <button
        type="button"
        part="continue"
        aria-disabled=${chosen.length ? 'false' : 'true'}
        aria-describedby="selection-summary"
        @click=${this.onContinue}
      >${this.t.continue}</button>
    </div>`;
  }

  override render() {
    const multiple = this.multiple && !this.loading && this.services.length > 0;
    return html`${multiple ? html`<p part="hint">${this.t.chooseServicesHint}</p>` : nothing}
    ${optionList(
      this.t,
      { loading: this.loading, emptyMessage: this.services.length === 0 ? this.t.noServices : undefined },
      repeat(this.services, (service) => service.id, (service, index) => this.renderOption(service, index)),
    )}
    ${multiple ? this.renderSelection() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-service-picker': BookingServicePicker;
  }
}
