import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Location } from '../../core/model.js';
import { LocationSelectEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { checkIcon, skeleton } from '../service-picker/option-list.js';
import { styles } from './location-picker.styles.js';

/**
 * @summary The list of locations to choose from, each with its address.
 *
 * @fires booking-location-select - `LocationSelectEvent` when the customer chooses a location.
 *
 * @csspart list - The list of locations.
 * @csspart item - One list item.
 * @csspart option - The button for one location.
 * @csspart option-selected - The button of the chosen location.
 * @csspart text - The text inside an option.
 * @csspart name - A location's name.
 * @csspart meta - A location's address.
 * @csspart check - The check mark on the chosen location.
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
 */
@customElement('booking-location-picker')
export class BookingLocationPicker extends BookingElement {
  static override styles = styles;

  @property({ attribute: false }) locations: Location[] = [];

  /** Id of the chosen location. */
  @property() value?: string;

  @property({ type: Boolean, reflect: true }) loading = false;

  private choose(location: Location) {
    this.value = location.id;
    this.dispatchEvent(new LocationSelectEvent(location));
  }

  private renderOption(location: Location) {
    const selected = location.id === this.value;
    // The address is part of the name: two branches may share a name.
    return html`<li part="item">
      <button
        type="button"
        part=${selected ? 'option option-selected' : 'option'}
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.choose(location)}
      >
        <span part="text">
          <span part="name">${location.name}</span>
          ${location.address ? html`<span part="meta">${location.address}</span>` : nothing}
        </span>
        ${selected ? checkIcon : nothing}
      </button>
    </li>`;
  }

  override render() {
    if (this.loading) return skeleton(this.t);
    if (this.locations.length === 0) return html`<p part="empty">${this.t.noLocations}</p>`;
    return html`<ul part="list" role="list">
      ${repeat(this.locations, (location) => location.id, (location) => this.renderOption(location))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-location-picker': BookingLocationPicker;
  }
}
