import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Location } from '../../core/model.js';
import { LocationSelectEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { optionButton, optionList } from '../service-picker/option-list.js';
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
 * @cssprop --bw-option-padding - Padding inside an option.
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
    // The address is part of the name: two branches may share a name.
    return optionButton({
      selected: location.id === this.value,
      onChoose: () => this.choose(location),
      name: location.name,
      details: location.address ? html`<span part="meta">${location.address}</span>` : nothing,
    });
  }

  override render() {
    return optionList(
      this.t,
      { loading: this.loading, emptyMessage: this.locations.length === 0 ? this.t.noLocations : undefined },
      repeat(this.locations, (location) => location.id, (location) => this.renderOption(location)),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-location-picker': BookingLocationPicker;
  }
}
