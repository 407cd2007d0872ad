import { createContext } from '@lit/context';
import type { Messages } from './i18n/index.js';

/** Language, catalog and business settings every sub-element formats with. */
export interface Localization {
  locale: string;
  messages: Messages;
  /** The business's IANA zone: what is sent to the backend is always computed in it. */
  timeZone: string;
  /** The zone times are shown in: the business zone, or the visitor's when they switch to it. */
  displayTimeZone: string;
  /** Text direction of the chosen language (or of the page, when it says). */
  dir: 'ltr' | 'rtl';
  /** ISO 4217 code used when a service does not carry its own. */
  currency: string;
}

export const localizationContext = createContext<Localization>(Symbol('booking-localization'));
