import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localizationContext, type Localization } from '../context.js';
import { messagesFor, resolveLocale, type Messages } from '../i18n/index.js';

/**
 * The one thin base for every booking element: it takes language and business settings from an
 * enclosing `<booking-widget>` when there is one, and from its own attributes when used on its own.
 */
export class BookingElement extends LitElement {
  /** Provided by `<booking-widget>`; absent when the element stands alone. */
  @consume({ context: localizationContext, subscribe: true })
  @state()
  protected provided?: Localization;

  /** BCP 47 tag; defaults to the nearest `lang` ancestor, then the browser. Used when standing alone. */
  @property() locale?: string;

  /** The business's IANA time zone. Used when standing alone. */
  @property({ attribute: 'timezone' }) timezone = 'UTC';

  /** ISO 4217 currency. Used when standing alone. */
  @property() currency = 'USD';

  protected get l10n(): Localization {
    if (this.provided) return this.provided;
    const locale = resolveLocale(this, this.locale);
    return {
      locale,
      messages: messagesFor(locale),
      timeZone: this.timezone,
      displayTimeZone: this.timezone,
      dir: this.matches(':dir(rtl)') ? 'rtl' : 'ltr',
      currency: this.currency,
    };
  }

  protected get t(): Messages {
    return this.l10n.messages;
  }
}
