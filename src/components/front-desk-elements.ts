/*
 * The front desk's elements (customers, recurrence editor, series review), as one module so the ESM
 * build makes them one chunk that the widget loads only in `mode="merchant"`.
 * The IIFE build (src/iife.ts) includes them, so a plain page can also use them on their own.
 */
import './front-desk/front-desk-form.js';
import './front-desk/front-desk-review.js';
import './recurrence-editor/recurrence-editor.js';

export { BookingFrontDeskForm } from './front-desk/front-desk-form.js';
export { BookingFrontDeskReview } from './front-desk/front-desk-review.js';
export { BookingRecurrence } from './recurrence-editor/recurrence-editor.js';
