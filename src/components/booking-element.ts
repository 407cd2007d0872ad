import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localizationContext, type Localization } from '../context.js';
import type { Messages } from '../i18n/index.js';
import { LanguageController } from '../i18n/language-controller.js';

/**
 * The one thin base for every booking element: it takes language and business settings from an
 * enclosing `<booking-widget>` when there is one, and from its own attributes when used on its own.
 * Standing alone it resolves its language like the widget (`locale`, else the nearest `lang`/`dir`,
 * else the browser), follows the page's changes, and loads its catalog on demand.
 *
 * @attr theme - `light`, `dark`, or `auto` to follow `prefers-color-scheme`. Only for an element used on
 * its own; inside `<booking-widget>` the widget's `theme` applies.
 *
 * @cssprop --bw-color-primary - Brand colour: main buttons, selections.
 * @cssprop --bw-color-on-primary - Text on the brand colour; keep 4.5:1 against it.
 * @cssprop --bw-color-surface - Background of controls and boxes.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text; keep 4.5:1 against the surface.
 * @cssprop --bw-color-border - Borders of fields and options; keep 3:1 against the surface.
 * @cssprop --bw-color-danger - Errors.
 * @cssprop --bw-color-success - Success marks.
 * @cssprop --bw-color-focus - Focus ring (default: the brand colour).
 * @cssprop --bw-radius - Corner radius (default 8px).
 * @cssprop --bw-font - Font family (default: the page's).
 * @cssprop --bw-space - Spacing unit (default 8px).
 * @cssprop --bw-density - Multiplies spacing and control sizes (default 1); targets stay at least 24px.
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

  /** Only consulted when standing alone; inside the widget it never watches or loads anything. */
  private readonly language = new LanguageController(this);

  protected get l10n(): Localization {
    if (this.provided) return this.provided;
    const { locale, dir, messages } = this.language.get(this.locale);
    return { locale, messages, timeZone: this.timezone, displayTimeZone: this.timezone, dir, currency: this.currency };
  }

  protected get t(): Messages {
    return this.l10n.messages;
  }

  /** Standing alone, the first render waits for the catalog (no flash of English); what changed meanwhile is replayed. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.provided || this.language.get(this.locale).ready) return true;
    void this.language.pending?.then(() => changed.forEach((oldValue, name) => this.requestUpdate(name, oldValue)));
    return false;
  }

  /** Also waits for a catalog being loaded, so `updateComplete` means "shown in the asked language". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.language.pending) {
      await this.language.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
