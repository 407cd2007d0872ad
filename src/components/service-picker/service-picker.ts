import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDuration, formatMoney } from '../../core/format.js';
import type { Service } from '../../core/model.js';
import { ServiceSelectEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { optionButton, optionList } from './option-list.js';
import { styles } from './service-picker.styles.js';

/**
 * @summary The list of services to choose from, each with its duration and price.
 *
 * @fires booking-service-select - `ServiceSelectEvent` when the customer chooses a service.
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
 *
 * @cssprop --bw-color-primary - Selection and focus colour.
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

  /** Id of the chosen service. */
  @property() value?: string;

  @property({ type: Boolean, reflect: true }) loading = false;

  private choose(service: Service) {
    this.value = service.id;
    this.dispatchEvent(new ServiceSelectEvent(service));
  }

  private price(service: Service): string {
    const { locale, currency } = this.l10n;
    return service.price === 0 ? this.t.free : formatMoney(service.price, service.currency ?? currency, locale);
  }

  private renderOption(service: Service, index: number) {
    const meta = this.t.durationAndPrice(formatDuration(service.durationMinutes, this.l10n.locale), this.price(service));
    const descriptionId = service.description ? `description-${index}` : undefined;
    // The description describes rather than names the button, so the name stays short.
    return optionButton({
      selected: service.id === this.value,
      onChoose: () => this.choose(service),
      name: service.name,
      describedBy: descriptionId,
      details: html`<span part="meta">${meta}</span>
        ${descriptionId ? html`<span part="description" id=${descriptionId} aria-hidden="true">${service.description}</span>` : nothing}`,
    });
  }

  override render() {
    return optionList(
      this.t,
      { loading: this.loading, emptyMessage: this.services.length === 0 ? this.t.noServices : undefined },
      repeat(this.services, (service) => service.id, (service, index) => this.renderOption(service, index)),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-service-picker': BookingServicePicker;
  }
}
