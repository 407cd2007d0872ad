/*
 * Every part each sub-element renders, and the prefix `<booking-widget>` re-exports them under, so a
 * page can write `booking-widget::part(calendar-day)`. The lists are checked against what the
 * elements render (test/widget/booking-themes.test.ts) and against their JSDoc, i.e. the generated
 * custom-elements.json (scripts/check-manifest.mjs, run by `npm run build`).
 */

const optionParts = ['list', 'item', 'option', 'option-selected', 'text', 'name', 'meta', 'check', 'skeleton', 'skeleton-row', 'empty'];

export const subElementParts = {
  'booking-steps': {
    prefix: 'progress',
    parts: ['nav', 'compact', 'compact-count', 'compact-name', 'list', 'step', 'step-current', 'step-complete', 'marker', 'label'],
  },
  'booking-service-picker': { prefix: 'service', parts: [...optionParts, 'description', 'hint', 'selection', 'selection-summary', 'continue'] },
  'booking-location-picker': { prefix: 'location', parts: optionParts },
  'booking-professional-picker': { prefix: 'professional', parts: [...optionParts, 'option-any', 'avatar', 'avatar-any'] },
  'booking-slot-calendar': {
    prefix: 'calendar',
    parts: [
      'header', 'month-label', 'nav-button', 'nav-previous', 'nav-next', 'grid', 'weekday', 'day', 'day-available',
      'day-selected', 'day-today', 'message', 'show-month-button', 'slots', 'slots-label', 'slot', 'slot-selected',
      'time-zone', 'time-zone-toggle', 'skeleton', 'seats',
    ],
  },
  'booking-client-form': {
    prefix: 'form',
    parts: ['form', 'summary', 'account', 'field', 'label', 'optional', 'hint', 'input', 'error', 'submit'],
  },
  'booking-review': {
    prefix: 'review',
    parts: [
      'summary', 'row', 'term', 'value', 'detail', 'time-zone', 'notes', 'confirm', 'spinner', 'service-list', 'service-item',
      'points', 'points-input',
    ],
  },
  'booking-confirmation': {
    prefix: 'confirmation',
    parts: [
      'status', 'icon', 'message', 'summary', 'row', 'term', 'value', 'detail', 'time-zone', 'reference',
      'reference-label', 'reference-value', 'restart', 'service-list', 'service-item', 'points',
    ],
  },
  'booking-sign-in': {
    prefix: 'sign-in',
    parts: ['heading', 'form', 'field', 'label', 'input', 'field-error', 'reveal', 'message', 'error', 'submit'],
  },
  'booking-manage': {
    prefix: 'manage',
    parts: [
      'section', 'heading', 'find-form', 'field', 'label', 'optional', 'hint', 'input', 'field-error', 'submit', 'message',
      'error', 'success', 'retry', 'list', 'booking', 'booking-cancelled', 'booking-title', 'summary', 'row', 'term', 'value',
      'time-zone', 'status', 'cancel', 'cancel-form', 'question', 'confirm-cancel', 'keep',
    ],
  },
  'booking-front-desk-form': {
    prefix: 'desk',
    parts: [
      'form', 'customers', 'legend', 'limit', 'chips', 'chip', 'chip-new', 'remove', 'empty', 'search', 'results', 'result',
      'add-new', 'new-customer', 'new-fields', 'actions', 'add-customer', 'cancel', 'field', 'label', 'optional', 'hint',
      'input', 'error', 'status', 'recurrence', 'submit',
    ],
  },
  'booking-recurrence': {
    prefix: 'repeat',
    parts: [
      'repeat', 'frequency', 'interval', 'weekday', 'weekday-selected', 'hint', 'until', 'error', 'count', 'warning', 'preview',
      'occurrence', 'occurrence-outside',
    ],
  },
  'booking-front-desk-review': {
    prefix: 'desk-review',
    parts: [
      'status', 'icon', 'message', 'reference', 'summary', 'row', 'term', 'value', 'detail', 'time-zone', 'customers', 'notes',
      'series', 'outside', 'sign-in', 'confirm', 'spinner', 'restart',
    ],
  },
} satisfies Record<string, { prefix: string; parts: string[] }>;

export type SubElement = keyof typeof subElementParts;

/** The name a sub-element's part has on the widget: `day` of the calendar is `calendar-day`. */
export const exportedName = (tag: SubElement, part: string): string => {
  const { prefix } = subElementParts[tag];
  return part === prefix ? part : `${prefix}-${part}`;
};

/** The `exportparts` value for a sub-element inside the widget. */
export const exportParts = (tag: SubElement): string =>
  subElementParts[tag].parts.map((part) => `${part}: ${exportedName(tag, part)}`).join(', ');

/**
 * `exportparts` for the front-desk form inside the widget: its own parts as `desk-*`, and those of the
 * recurrence editor it holds (which it forwards as `repeat-*`) under the same names.
 */
export const frontDeskExportParts = (): string =>
  `${exportParts('booking-front-desk-form')}, ${subElementParts['booking-recurrence'].parts.map((part) => exportedName('booking-recurrence', part)).map((name) => `${name}: ${name}`).join(', ')}`;
