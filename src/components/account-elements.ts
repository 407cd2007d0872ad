/*
 * The customer-account elements, as one module so the ESM build makes them one chunk that the widget
 * loads only for a backend that offers accounts or look-up (most merchants never download them).
 * The IIFE build (src/iife.ts) includes them, so a plain page can also use them on their own.
 */
import './manage/manage.js';
import './sign-in/sign-in.js';

export { BookingManage } from './manage/manage.js';
export { BookingSignIn } from './sign-in/sign-in.js';
