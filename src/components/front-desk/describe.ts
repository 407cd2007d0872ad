import { formatPlainDate, weekdayNames } from '../../core/format.js';
import type { RecurrenceRule } from '../../core/model.js';
import { WEEKDAYS, weekdayOf, type Occurrence } from '../../core/recurrence.js';
import type { Messages } from '../../i18n/index.js';

/* A repeat rule and its dates in words: "Repeats weekly on Mon, Wed, Fri until Jun 15, 2026 — 28 dates, 2 outside opening hours". */

/** "Mon, Wed, Fri" in the locale's words and list punctuation, Monday first as RFC 5545 counts. */
export function weekdayList(days: readonly string[], locale: string): string {
  const names = weekdayNames(locale, 1, 'short');
  const ordered = WEEKDAYS.filter((day) => days.includes(day)).map((day) => names[WEEKDAYS.indexOf(day)]);
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(ordered);
}

/** "Repeats weekly on Mon, Wed, Fri until Jun 15, 2026". `firstDate` names the day a rule without weekdays repeats on. */
export function describeRule(rule: RecurrenceRule, firstDate: string, t: Messages, locale: string): string {
  const n = rule.interval;
  const days = rule.weekdays.length ? weekdayList(rule.weekdays, locale) : '';
  let text: string;
  switch (rule.frequency) {
    case 'DAILY':
      text = days ? t.deskRepeatsDailyOn(n, days) : t.deskRepeatsDaily(n);
      break;
    case 'WEEKLY':
      text = t.deskRepeatsWeekly(n, days || weekdayList([weekdayOf(firstDate)], locale));
      break;
    case 'MONTHLY':
      text = days ? t.deskRepeatsMonthlyOn(n, days) : t.deskRepeatsMonthlyDay(n, Number(firstDate.slice(8)));
      break;
  }
  return t.deskUntil(text, formatPlainDate(rule.until, locale, 'medium'));
}

/** The rule, then how many dates it creates and how many of them fall outside opening hours. */
export function describeSeries(rule: RecurrenceRule, occurrences: readonly Occurrence[], t: Messages, locale: string): string {
  const outside = occurrences.filter((o) => o.outsideHours).length;
  const counts = [t.deskDatesCount(occurrences.length), ...(outside ? [t.deskOutsideCount(outside)] : [])];
  // The counts joined with the locale's list punctuation; the catalog joins them to the rule ("—", "؛", …).
  const countList = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(counts);
  return t.deskSeriesSummary(describeRule(rule, occurrences[0]?.date ?? rule.until, t, locale), countList);
}

/** "Ana López and Luis Mora" */
export const nameList = (names: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
