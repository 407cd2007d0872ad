import { createContext } from '@lit/context';
import type { Messages } from './i18n/index.js';

/** Language, catalog and business settings every sub-element formats with. */
export interface Localization {
  locale: string;
  messages: Messages;
  /** The business's IANA zone: slot times are shown and named in it. */
  timeZone: string;
  /** ISO 4217 code used when a service does not carry its own. */
  currency: string;
}

export const localizationContext = createContext<Localization>(Symbol('booking-localization'));
