import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDateTime, formatPlainDate, weekdayNames } from '../../core/format.js';
import type { OpeningHours, PlainDate, PlainTime, RecurrenceRule, Weekday } from '../../core/model.js';
import {
  expandRecurrence,
  validateRecurrence,
  weekdayOf,
  WEEKDAYS,
  type Expansion,
  type Occurrence,
  type RecurrenceProblem,
} from '../../core/recurrence.js';
import { addPlainDays } from '../../core/zoned-time.js';
import { errorIcon } from '../../styles/icons.js';
import { BookingElement } from '../booking-element.js';
import { RecurrenceChangeEvent } from './events.js';
import { styles } from './recurrence-editor.styles.js';

type Frequency = RecurrenceRule['frequency'];

/** How far a new series runs until the merchant says otherwise: five weekly dates. */
const DEFAULT_SPAN_DAYS = 28;

const tick = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`}
</svg>`;

/**
 * @summary Makes a booking repeat (daily, weekly or monthly, every N, on chosen weekdays, until a date)
 * and previews the dates the series will create in the business zone, flagging those outside opening hours.
 *
 * Works on its own (`timezone`, `locale` attributes) and inside `<booking-widget>`. The series follows
 * RFC 5545 (see src/core/recurrence.ts): the first date always counts, the clock time is kept across
 * DST changes, the until date is inclusive.
 *
 * @fires booking-recurrence-change - `RecurrenceChangeEvent` with `{ rule, occurrences, valid }` on every
 * change the merchant makes (not when properties are set).
 *
 * @csspart repeat - The "Repeat" checkbox and its label.
 * @csspart frequency - The frequency select.
 * @csspart interval - The "Every N" number input.
 * @csspart weekday - A weekday toggle button.
 * @csspart weekday-selected - A pressed weekday toggle.
 * @csspart hint - What happens when no weekday is pressed.
 * @csspart until - The "Until" date input.
 * @csspart error - A setting's validation message.
 * @csspart count - How many dates the series creates (announced politely).
 * @csspart warning - How many dates fall outside opening hours (announced politely).
 * @csspart preview - The labelled list of the dates the series creates.
 * @csspart occurrence - A date in the preview.
 * @csspart occurrence-outside - A date outside opening hours.
 *
 * @cssprop --bw-color-primary - Pressed weekdays and focus.
 * @cssprop --bw-color-surface - Control background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Hint and count colour.
 * @cssprop --bw-color-border - Control borders.
 * @cssprop --bw-color-danger - Errors and dates outside opening hours.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 */
@customElement('booking-recurrence')
export class BookingRecurrence extends BookingElement {
  static override styles = styles;

  /** The last rule while "Repeat" is off, so ticking it again restores the settings. */
  private lastRule?: RecurrenceRule;

  @state() private expansion: Expansion = { occurrences: [], truncated: false };
  @state() private problems: RecurrenceProblem[] = [];

  /** The series; `undefined` means the booking does not repeat. Follows the merchant's edits. */
  @property({ attribute: false }) rule?: RecurrenceRule;

  /** The first occurrence (DTSTART): the chosen slot's business-zone date and time (a `Slot` will do; its `start` is kept). */
  @property({ attribute: false }) first?: { date: PlainDate; time: PlainTime; start?: string };

  /** Length of each occurrence, to check it against opening hours. */
  @property({ type: Number, attribute: 'duration-minutes' }) durationMinutes = 0;

  /** The business's opening hours; without them no date is flagged. */
  @property({ attribute: false }) openingHours?: OpeningHours;

  protected override willUpdate(): void {
    [this.expansion, this.problems] = this.compute();
  }

  private onRepeat(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    if (on) this.rule = this.lastRule ?? this.defaultRule();
    else [this.lastRule, this.rule] = [this.rule, undefined];
    this.changed();
  }

  private onFrequency(event: Event): void {
    this.edit({ frequency: (event.target as HTMLSelectElement).value as Frequency });
  }

  private onInterval(event: Event): void {
    // Blank or unreadable is NaN: validation shows it, and the field keeps what was typed.
    this.edit({ interval: (event.target as HTMLInputElement).valueAsNumber });
  }

  private onWeekday(day: Weekday): void {
    const chosen = new Set(this.rule?.weekdays);
    if (chosen.has(day)) chosen.delete(day);
    else chosen.add(day);
    this.edit({ weekdays: WEEKDAYS.filter((d) => chosen.has(d)) });
  }

  private onUntil(event: Event): void {
    this.edit({ until: (event.target as HTMLInputElement).value });
  }

  private edit(change: Partial<RecurrenceRule>): void {
    if (!this.rule) return;
    this.rule = { ...this.rule, ...change };
    this.changed();
  }

  private changed(): void {
    const [expansion, problems] = this.compute();
    const valid = !this.rule || (this.first !== undefined && problems.length === 0);
    this.dispatchEvent(new RecurrenceChangeEvent({ rule: this.rule, occurrences: expansion.occurrences, valid }));
  }

  private defaultRule(): RecurrenceRule {
    const until = this.first ? addPlainDays(this.first.date, DEFAULT_SPAN_DAYS) : '';
    return { frequency: 'WEEKLY', interval: 1, weekdays: [], until };
  }

  private compute(): [Expansion, RecurrenceProblem[]] {
    const { first, rule } = this;
    const problems = rule ? validateRecurrence(rule, { date: first?.date ?? '' }) : [];
    if (!first) return [{ occurrences: [], truncated: false }, problems];
    // Not repeating is a one-date series, so listeners always get the occurrence(s) to book.
    const series = rule ?? { frequency: 'DAILY', interval: 1, weekdays: [], until: first.date };
    const expansion = expandRecurrence(series, first, this.l10n.timeZone, {
      durationMinutes: this.durationMinutes,
      openingHours: this.openingHours,
    });
    return [expansion, problems];
  }

  /** What the series creates as currently set (just the first date when it does not repeat). */
  get occurrences(): Occurrence[] {
    return this.compute()[0].occurrences;
  }

  /** Whether the current settings can be sent; shows nothing. */
  checkValidity(): boolean {
    return !this.rule || (this.first !== undefined && this.compute()[1].length === 0);
  }

  /** Focuses the first setting showing a problem; resolves to whether there was one. */
  async focusFirstInvalid(): Promise<boolean> {
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    return field !== null;
  }

  private unit(frequency: Frequency, n: number): string {
    const t = this.t;
    return frequency === 'DAILY' ? t.recDayUnit(n) : frequency === 'WEEKLY' ? t.recWeekUnit(n) : t.recMonthUnit(n);
  }

  private problemText(problem: RecurrenceProblem): string {
    if (problem === 'interval') return this.t.recErrInterval;
    if (problem === 'until-missing') return this.t.recErrUntilMissing;
    return this.t.recErrUntilBefore(formatPlainDate(this.first!.date, this.l10n.locale, 'long'));
  }

  private renderError(id: string, problem: RecurrenceProblem | undefined) {
    if (!problem) return nothing;
    return html`<p part="error" id=${id}>${errorIcon}<span>${this.problemText(problem)}</span></p>`;
  }

  private renderWeekdays(rule: RecurrenceRule) {
    const { t, l10n } = this;
    const short = weekdayNames(l10n.locale, 1, 'short');
    const long = weekdayNames(l10n.locale, 1, 'long');
    const legend = { DAILY: t.recWeekdaysDaily, WEEKLY: t.recWeekdaysWeekly, MONTHLY: t.recWeekdaysMonthly }[rule.frequency];
    const first = this.first;
    let hint = '';
    if (rule.weekdays.length === 0) {
      if (rule.frequency === 'DAILY') hint = t.recAllDays;
      else if (first && rule.frequency === 'WEEKLY') hint = t.recSameWeekday(long[WEEKDAYS.indexOf(weekdayOf(first.date))]);
      else if (first) hint = t.recSameDayOfMonth(Number(first.date.slice(8)));
    }
    return html`<fieldset aria-describedby=${hint ? 'weekdays-hint' : nothing}>
      <legend>${legend}</legend>
      <div class="days">
        ${WEEKDAYS.map((day, i) => {
          const pressed = rule.weekdays.includes(day);
          return html`<button
            type="button"
            part=${pressed ? 'weekday weekday-selected' : 'weekday'}
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => this.onWeekday(day)}
          >
            ${pressed ? tick : nothing}<span aria-hidden="true">${short[i]}</span><span class="visually-hidden">${long[i]}</span>
          </button>`;
        })}
      </div>
      ${hint ? html`<p part="hint" id="weekdays-hint">${hint}</p>` : nothing}
    </fieldset>`;
  }

  private renderSettings(rule: RecurrenceRule) {
    const t = this.t;
    const intervalProblem = this.problems.find((p) => p === 'interval');
    const untilProblem = this.problems.find((p) => p !== 'interval');
    const frequencies: Array<[Frequency, string]> = [['DAILY', t.recDaily], ['WEEKLY', t.recWeekly], ['MONTHLY', t.recMonthly]];
    return html`<div class="settings">
      <div class="field">
        <label for="frequency">${t.recFrequency}</label>
        <select id="frequency" part="frequency" @change=${this.onFrequency}>
          ${frequencies.map(([value, label]) => html`<option value=${value} ?selected=${rule.frequency === value}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="interval">${t.recEvery}</label>
        <span class="inline">
          <input
            id="interval"
            part="interval"
            type="number"
            inputmode="numeric"
            min="1"
            step="1"
            .value=${Number.isNaN(rule.interval) ? '' : String(rule.interval)}
            aria-invalid=${intervalProblem ? 'true' : 'false'}
            aria-describedby=${intervalProblem ? 'interval-unit interval-error' : 'interval-unit'}
            @input=${this.onInterval}
          />
          <span id="interval-unit">${this.unit(rule.frequency, rule.interval)}</span>
        </span>
        ${this.renderError('interval-error', intervalProblem)}
      </div>
      ${this.renderWeekdays(rule)}
      <div class="field">
        <label for="until">${t.recUntil}</label>
        <input
          id="until"
          part="until"
          type="date"
          min=${this.first?.date ?? nothing}
          .value=${rule.until}
          aria-invalid=${untilProblem ? 'true' : 'false'}
          aria-describedby=${untilProblem ? 'until-error' : nothing}
          @input=${this.onUntil}
        />
        ${this.renderError('until-error', untilProblem)}
      </div>
    </div>`;
  }

  private renderPreview() {
    const { t, l10n, expansion } = this;
    const { occurrences, truncated } = expansion;
    const outside = occurrences.filter((o) => o.outsideHours).length;
    const ready = this.first !== undefined && this.problems.length === 0;
    const count = !this.first
      ? t.recNeedsFirst
      : !ready
        ? t.recFixToPreview
        : truncated
          ? t.recTruncated(occurrences.length)
          : t.recCount(occurrences.length);
    // The status region stays in the tree (hidden while not repeating) so ticking "Repeat" is announced.
    return html`<div role="status" class=${this.rule ? 'status' : 'visually-hidden'}>
        ${this.rule ? html`<p part="count">${count}</p>` : nothing}
        ${this.rule && ready && outside > 0 ? html`<p part="warning">${errorIcon}<span>${t.recOutsideSummary(outside)}</span></p>` : nothing}
      </div>
      ${this.rule && ready
        ? html`<div part="preview">
            <p class="preview-label" id="preview-label">${t.recPreviewLabel}</p>
            <ul aria-labelledby="preview-label" tabindex="0">
              ${occurrences.map(
                (o) => html`<li part=${o.outsideHours ? 'occurrence occurrence-outside' : 'occurrence'}>
                  <span>${formatDateTime(o.start, l10n.timeZone, l10n.locale)}</span>
                  ${o.outsideHours ? html`<span class="flag">${errorIcon}${t.recOutsideHours}</span>` : nothing}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}`;
  }

  protected override render() {
    const { t, rule } = this;
    return html`<div part="repeat">
        <input type="checkbox" id="repeat" .checked=${rule !== undefined} @change=${this.onRepeat} />
        <label for="repeat">${t.recRepeat}</label>
      </div>
      ${rule ? this.renderSettings(rule) : nothing} ${this.renderPreview()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-recurrence': BookingRecurrence;
  }
}
