import { html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupByDay } from '../../core/availability.js';
import { firstDayOfWeek, formatMonth, formatPlainDate, weekdayNames } from '../../core/format.js';
import type { PlainDate, Slot } from '../../core/model.js';
import { addMonthsTo, firstDayOfMonth, lastDayOfMonth, monthOf, sameOffsets, todayIn, visitorTimeZone } from '../../core/zoned-time.js';
import { DateSelectEvent, MonthChangeEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { keyTarget, monthWeeks, tabStopDate } from './calendar-grid.js';
import { styles } from './slot-calendar.styles.js';
import { renderTimePanel } from './time-panel.js';

/**
 * A month of days to choose from and the chosen day's start times. Purely presentational and
 * controlled: the parent passes the month's slots and the selection, and updates them on the events.
 *
 * @summary Month calendar (APG date grid) plus the selected day's time slots.
 *
 * @fires booking-month-change - {MonthChangeEvent} The customer moved to another month (buttons or keyboard).
 * @fires booking-date-select - {DateSelectEvent} The customer chose a day that has free times.
 * @fires booking-slot-select - {SlotSelectEvent} The customer chose a start time.
 * @fires booking-time-zone-toggle - {TimeZoneToggleEvent} The customer switched times to their own zone or back
 *   (offered inside `<booking-widget>` only, when the visitor's clock differs from the business's that day).
 *
 * @csspart header - The row with the month name and the month buttons.
 * @csspart month-label - The month name; it also labels the grid.
 * @csspart nav-button - The previous and next month buttons.
 * @csspart nav-previous - The previous month button.
 * @csspart nav-next - The next month button.
 * @csspart grid - The `<table>` of days.
 * @csspart weekday - A weekday column header.
 * @csspart day - Every day cell; combined with `day-available`, `day-selected`, `day-today`.
 * @csspart day-available - A day with free times.
 * @csspart day-selected - The selected day.
 * @csspart day-today - Today, in the business time zone.
 * @csspart message - The polite status line (loading, empty month, hints, count of times).
 * @csspart show-month-button - The button that jumps to the next month with free times.
 * @csspart slots - The group of the selected day's times.
 * @csspart slots-label - The group's title.
 * @csspart slot - A time button; combined with `slot-selected`.
 * @csspart slot-selected - The selected time.
 * @csspart seats - A group session's seats left, inside its time button.
 * @csspart time-zone - The note naming the time zone times are shown in.
 * @csspart time-zone-toggle - The switch (`aria-pressed`) between the business's time zone and the visitor's.
 * @csspart skeleton - Shimmering placeholders while loading (day cells and time placeholders).
 *
 * @cssprop --bw-calendar-day-size - Height of a day cell (default 2.75rem).
 * @cssprop --bw-calendar-available-bg - Background of days with free times.
 * @cssprop --bw-slot-min-width - Narrowest a time button gets; as many columns as fit (default 4.75rem).
 */
@customElement('booking-slot-calendar')
export class BookingSlotCalendar extends BookingElement {
  static override styles = styles;

  /** Set when keyboard navigation moved the roving day; `updated()` then moves real focus to it. */
  private focusPending = false;
  private days = new Map<PlainDate, Slot[]>();
  private todayDate: PlainDate = '';
  private shownMonth = '';

  @query('table') private grid?: HTMLTableElement;

  /** The day the keyboard (or a click) last put focus on. */
  @state() private focusedDate?: PlainDate;

  /** The month shown, `YYYY-MM`. Defaults to today's month. */
  @property() month = '';

  /** All known slots of the shown month; days with at least one are available. */
  @property({ attribute: false }) slots: Slot[] = [];

  /** `YYYY-MM-DD` */
  @property({ attribute: 'selected-date' }) selectedDate?: PlainDate;

  /** Compared by `start`. */
  @property({ attribute: false }) selectedSlot?: Slot;

  @property({ type: Boolean, reflect: true }) loading = false;

  /** `YYYY-MM-DD` in the business zone; earlier days are unavailable. Defaults to the zone's today. */
  @property() today = '';

  /** The last month that takes bookings, `YYYY-MM`. */
  @property({ attribute: 'max-month' }) maxMonth?: string;

  /**
   * When the shown month has no free times: the next month that has some, `null` when there is none
   * in reach, `undefined` while the parent is still looking.
   */
  @property({ attribute: false }) nextAvailableMonth?: string | null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const today = this.today || todayIn(this.l10n.timeZone);
    if (changed.has('slots') || today !== this.todayDate) {
      this.todayDate = today;
      this.days = new Map([...groupByDay(this.slots)].filter(([date]) => date >= today));
    }
    this.shownMonth = this.month || monthOf(today);
    // The parent showed a month other than the one the keyboard asked for: forget the pending move.
    if (changed.has('month') && this.focusedDate && monthOf(this.focusedDate) !== this.shownMonth) {
      this.focusPending = false;
    }
  }

  protected override updated(): void {
    if (!this.focusPending || !this.focusedDate || monthOf(this.focusedDate) !== this.shownMonth) return;
    this.focusPending = false;
    // The focused cell may have been re-rendered away (a shorter month): focus then sits nowhere and is
    // restored. Focus the customer moved elsewhere clears the pending move (see onGridFocusout).
    const active = this.shadowRoot?.activeElement;
    if (active && !this.grid?.contains(active)) return;
    this.cell(this.focusedDate)?.focus();
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const date = this.dateFrom(event);
    if (!date || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(date);
      return;
    }
    const next = keyTarget(date, event.key, {
      shiftKey: event.shiftKey,
      weekStart: this.weekStart,
      rtl: this.matches(':dir(rtl)'),
      // Keyboard stays within the months the header buttons can reach.
      min: firstDayOfMonth(monthOf(this.todayDate)),
      max: this.maxMonth && lastDayOfMonth(this.maxMonth),
    });
    if (!next) return;
    event.preventDefault();
    if (next === date) return;
    this.focusedDate = next;
    this.focusPending = true;
    if (monthOf(next) !== this.shownMonth) this.dispatchEvent(new MonthChangeEvent(monthOf(next)));
  }

  private onGridClick(event: Event): void {
    const date = this.dateFrom(event);
    if (date) this.select(date);
  }

  private onGridFocusin(event: FocusEvent): void {
    const date = this.dateFrom(event);
    if (date) this.focusedDate = date;
  }

  private onGridFocusout(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && !this.grid?.contains(to)) this.focusPending = false;
  }

  private onMonthButton(event: Event, months: number, disabled: boolean): void {
    event.preventDefault();
    if (!disabled) this.dispatchEvent(new MonthChangeEvent(addMonthsTo(this.shownMonth, months)));
  }

  private get weekStart(): number {
    return firstDayOfWeek(this.l10n.locale);
  }

  private isAvailable(date: PlainDate): boolean {
    return !this.loading && this.days.has(date);
  }

  /**
   * The switch to the visitor's zone: inside the widget only (standing alone, nothing would act on it),
   * and only when the visitor's clock reads differently at the day's times — zones are compared by
   * offset at those instants, not by name. Once on, it stays so the customer can switch back.
   */
  private zoneToggle(daySlots: Slot[] | undefined): { zone: string; on: boolean } | undefined {
    if (!this.provided || !daySlots?.length) return undefined;
    const { timeZone, displayTimeZone } = this.l10n;
    if (displayTimeZone !== timeZone) return { zone: displayTimeZone, on: true };
    const visitor = visitorTimeZone();
    return sameOffsets(timeZone, visitor, daySlots.map((slot) => slot.start)) ? undefined : { zone: visitor, on: false };
  }

  private select(date: PlainDate): void {
    if (this.isAvailable(date)) this.dispatchEvent(new DateSelectEvent(date));
  }

  private dateFrom(event: Event): PlainDate | undefined {
    const cell = (event.target as Element | null)?.closest?.('td[data-date]') as HTMLElement | null;
    return cell?.dataset.date;
  }

  private cell(date: PlainDate): HTMLElement | null | undefined {
    return this.grid?.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  }

  private renderDay(date: PlainDate | null, tabStop: PlainDate) {
    if (!date) return html`<td role="gridcell"></td>`;
    const { locale } = this.l10n;
    const available = this.isAvailable(date);
    const isToday = date === this.todayDate;
    const selected = date === this.selectedDate;
    const parts = ['day', available && 'day-available', selected && 'day-selected', isToday && 'day-today', this.loading && 'skeleton'];
    // While loading, availability is unknown, so the name does not claim either way.
    const status = this.loading ? '' : available ? this.t.dayAvailable : this.t.dayUnavailable;
    const label = [formatPlainDate(date, locale), isToday && this.t.today, status].filter(Boolean).join(', ');
    // The role is implied by the grid; stated so tools that ignore ancestor context agree.
    return html`<td
      role="gridcell"
      part=${parts.filter(Boolean).join(' ')}
      data-date=${date}
      tabindex=${date === tabStop ? 0 : -1}
      aria-label=${label}
      aria-selected=${ifDefined(selected ? 'true' : undefined)}
      aria-current=${ifDefined(isToday ? 'date' : undefined)}
      aria-disabled=${ifDefined(available ? undefined : 'true')}
    >${Number(date.slice(8))}</td>`;
  }

  private renderGrid() {
    const { locale } = this.l10n;
    const short = weekdayNames(locale, this.weekStart, 'short');
    const long = weekdayNames(locale, this.weekStart, 'long');
    const tabStop = tabStopDate({
      month: this.shownMonth,
      focused: this.focusedDate,
      selected: this.selectedDate,
      today: this.todayDate,
      available: this.days.keys(),
    });
    return html`<table
      role="grid"
      part="grid"
      aria-labelledby="month-label"
      aria-busy=${this.loading ? 'true' : 'false'}
      @keydown=${this.onGridKeydown}
      @click=${this.onGridClick}
      @focusin=${this.onGridFocusin}
      @focusout=${this.onGridFocusout}
    >
      <thead>
        <tr>
          ${short.map(
            (name, i) => html`<th scope="col" part="weekday" abbr=${long[i]}>
              <span aria-hidden="true">${name}</span><span class="visually-hidden">${long[i]}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(this.shownMonth, this.weekStart).map(
          (week) => html`<tr>${week.map((date) => this.renderDay(date, tabStop))}</tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const { t } = this;
    const atStart = this.shownMonth <= monthOf(this.todayDate);
    const atEnd = !!this.maxMonth && this.shownMonth >= this.maxMonth;
    const daySlots = this.selectedDate ? this.days.get(this.selectedDate) : undefined;
    const chevron = (d: string) => html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d=${d} /></svg>`;
    return html`<div class="layout">
      <div class="calendar" role="group" aria-label=${t.calendarLabel}>
        <div part="header">
          <button
            type="button"
            part="nav-button nav-previous"
            aria-label=${t.previousMonth}
            aria-disabled=${atStart ? 'true' : 'false'}
            @click=${(e: Event) => this.onMonthButton(e, -1, atStart)}
          >${chevron('M15 5l-7 7 7 7')}</button>
          <div part="month-label" id="month-label" aria-live="polite">${formatMonth(this.shownMonth, this.l10n.locale)}</div>
          <button
            type="button"
            part="nav-button nav-next"
            aria-label=${t.nextMonth}
            aria-disabled=${atEnd ? 'true' : 'false'}
            @click=${(e: Event) => this.onMonthButton(e, 1, atEnd)}
          >${chevron('M9 5l7 7-7 7')}</button>
        </div>
        ${this.renderGrid()}
      </div>
      ${renderTimePanel({
        l10n: this.l10n,
        month: this.shownMonth,
        loading: this.loading,
        monthHasDays: [...this.days.keys()].some((date) => monthOf(date) === this.shownMonth),
        nextAvailableMonth: this.nextAvailableMonth,
        selectedDate: this.selectedDate,
        daySlots,
        selectedSlot: this.selectedSlot,
        zoneToggle: this.zoneToggle(daySlots),
        host: this,
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-slot-calendar': BookingSlotCalendar;
  }
}
