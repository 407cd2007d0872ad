import { provide } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { BookingError, isAbort, toBookingError, type ErrorField } from '../../core/errors.js';
import * as flow from '../../core/flow.js';
import type { BookingRequest, ClientDetails } from '../../core/model.js';
import { isValidTimeZone, monthOf, todayIn, visitorTimeZone } from '../../core/zoned-time.js';
import { localizationContext, type Localization } from '../../context.js';
import { BookingCreatedEvent, BookingErrorEvent, BookingStepChangeEvent, type TimeZoneToggleEvent } from '../../events.js';
import { errorMessage, merchantHint } from '../../i18n/error-message.js';
import { LanguageController } from '../../i18n/language-controller.js';
import { BookingData } from './booking-data.js';
import { AccountController } from './account.js';
import { FrontDeskMode } from './front-desk.js';
import { adapterFromAttributes, flowOptionsFor, localizationFor, presetChoices, servicesToQuery } from './configure.js';
import { exportParts } from '../../styles/parts.js';
import { styles } from './booking-widget.styles.js';
import { renderError, renderStep, stepTitle, type ShownError } from './steps.js';
import { book } from './submit.js';
import '../steps/steps.js';

/**
 * Books an appointment end to end against the merchant's booking system.
 *
 * @summary Appointment booking: service, location, professional, date and time, details, review.
 *
 * @fires booking-created - A booking was made. `detail`: id, service, location, professional, start/end instants, time zone, client.
 * @fires booking-step-change - The customer moved to another step. `detail`: step, previousStep, index, total.
 * @fires booking-error - Something failed. `detail`: code, message shown, whether the customer can recover.
 * @fires booking-signed-in - A customer signed in (`customer-login`). `detail`: id, names, e-mail, phone, points.
 * @fires booking-signed-out - The customer signed out, or their session ended. `detail`: reason (`user`, `expired`).
 * @fires booking-cancelled - A booking was cancelled from "Manage a booking" or "My bookings". `detail`: id, code, refund.
 *
 * @csspart base - The widget's outer box.
 * @csspart steps - The progress indicator (`<booking-steps>`); its parts are re-exported as `progress-*`.
 * @csspart heading - The current step's heading.
 * @csspart error - The error message box.
 * @csspart retry - The "Try again" button in the error box.
 * @csspart back - The Back button.
 * @csspart account - The account bar ("Manage a booking", "Sign in", "My bookings"), when the backend offers them.
 * @csspart account-status - Who is signed in; also announces signing in and out.
 * @csspart account-button - A button of the account bar.
 * @csspart account-panel - Sign-in, "My bookings" or "Manage a booking", open in place of the steps.
 * @csspart account-wait - The note on "Back to booking" while a sign-in or cancel is on its way.
 *
 * Every part of the step elements is re-exported with the element's prefix: `service-*`, `location-*`,
 * `professional-*`, `calendar-*`, `form-*`, `review-*`, `confirmation-*` and `progress-*`, e.g.
 * `booking-widget::part(calendar-day-selected)` (the manifest lists them all).
 *
 * @cssprop --bw-color-primary - Brand colour: main buttons, selections, links to the next step.
 * @cssprop --bw-color-on-primary - Text on the brand colour; keep 4.5:1 against it.
 * @cssprop --bw-color-surface - Background of the widget and its controls.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text (hints, unavailable days); keep 4.5:1 against the surface.
 * @cssprop --bw-color-border - Borders of fields and options; keep 3:1 against the surface.
 * @cssprop --bw-color-danger - Errors.
 * @cssprop --bw-color-success - The booked confirmation.
 * @cssprop --bw-color-focus - Focus ring (default: the brand colour).
 * @cssprop --bw-radius - Corner radius (default 8px).
 * @cssprop --bw-font - Font family (default: the page's).
 * @cssprop --bw-space - Spacing unit (default 8px).
 * @cssprop --bw-density - Multiplies spacing and control sizes: 0.8 compact, 1 default, 1.2 roomy. Targets stay at least 24px.
 * @cssprop --bw-widget-padding - Padding inside the frame (default two spacing units, three in wide containers).
 * @cssprop --bw-heading-font-size - Size of the step heading (default 1.25rem).
 */
@customElement('booking-widget')
export class BookingWidget extends LitElement {
  static override styles = styles;

  private readonly data = new BookingData(this, {
    adapter: () => this.activeAdapter,
    locationId: () => this.state.location?.id,
    needsProfessionals: () => !!this.activeAdapter?.capabilities.professionals && (!!this.state.location || !this.activeAdapter.capabilities.locations),
    availability: () => ({
      adapter: this.activeAdapter,
      ...servicesToQuery(this.state, this.flowOptions, this.activeAdapter),
      locationId: this.state.location?.id,
      professionalId: this.state.professional?.id,
      month: this.month,
      today: this.today,
      frontDesk: this.frontDesk.active,
    }),
    onError: (error, source, retry) => this.report(toBookingError(error), retry, source),
    onComplete: (source) => {
      if (this.shownError?.source === source) this.shownError = undefined;
      // A preset professional is known by id only until the list arrives.
      const preset = this.state.professional;
      const listed = source === 'professionals' && preset && this.data.professionals.value?.find((p) => p.id === preset.id);
      if (listed) this.state = { ...this.state, professional: listed };
    },
  });

  @query('[data-step-heading]') private heading?: HTMLElement;

  @state() state: flow.FlowState = flow.initialFlow();
  @state() private month = '';
  @state() private selectedDate?: string;
  @state() private shownError?: ShownError;
  @state() private serverFieldErrors: Partial<Record<ErrorField, string[]>> = {};
  @state() private submitting = false;
  @state() private activeAdapter?: BookingAdapter;
  @state() private started = false;
  /** The visitor chose to see times in their own zone. */
  @state() private visitorZone = false;

  /** Built-in backend: `citapro`. Ignored when `adapter` is set. */
  @property() backend = 'citapro';
  /** The URL the backend's documented paths hang from, e.g. `https://api.example.com`. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Sent the way the backend documents (CitaPro: `X-API-Key`). Prefer a key-holding proxy for secret keys. */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /** BCP 47 language; default: nearest `lang` ancestor, then the browser. */
  @property() locale?: string;
  /** The business's IANA time zone. */
  @property() timezone = 'UTC';
  /** ISO 4217 currency for prices. */
  @property() currency = 'USD';
  @property({ attribute: 'service-id' }) serviceId?: string;
  @property({ attribute: 'location-id' }) locationId?: string;
  @property({ attribute: 'professional-id' }) professionalId?: string;
  /** Status sent when creating a booking. */
  @property({ attribute: 'booking-status' }) bookingStatus = 'pending';
  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the visitor's system (`prefers-color-scheme`).
   * Light by default, because most merchant pages do not follow the system setting and a dark box on
   * a light page looks broken; pages that have a dark mode of their own set `auto`.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** A custom backend: any object implementing `BookingAdapter`. */
  @property({ attribute: false }) adapter?: BookingAdapter;
  /** Let customers sign in (when the backend has accounts): no name or e-mail asked, "My bookings", points. */
  @property({ type: Boolean, attribute: 'customer-login' }) customerLogin = false;
  /** `merchant`: the front desk books for customers, once or as a series (when the backend can; see ./front-desk.ts). */
  @property({ reflect: true }) mode: 'customer' | 'merchant' = 'customer';

  @provide({ context: localizationContext })
  @state()
  protected l10n!: Localization;

  private lastStep?: flow.StepId;
  /** `locale`, else the page's `lang`/`dir`; loads the catalog and re-renders when either changes. */
  private readonly language = new LanguageController(this);
  private readonly account = new AccountController(this, { adapter: () => this.activeAdapter, enabled: () => this.customerLogin, messages: () => this.l10n.messages });
  readonly frontDesk = new FrontDeskMode(this);

  get today(): string {
    return todayIn(this.zone);
  }

  private get zone(): string {
    return isValidTimeZone(this.timezone) ? this.timezone : 'UTC';
  }

  get flowOptions(): flow.FlowOptions {
    return flowOptionsFor(this.activeAdapter, this.data.catalog.value, this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const l10nInputs = ['timezone', 'currency', 'visitorZone'];
    // Same object while nothing changed; a new one once a new language's catalog has loaded.
    const language = this.language.get(this.locale);
    const { locale, dir, messages } = language;
    const languageChanged = locale !== this.l10n?.locale || dir !== this.l10n.dir || messages !== this.l10n.messages;
    if (l10nInputs.some((name) => (changed as Map<PropertyKey, unknown>).has(name)) || languageChanged) {
      this.l10n = localizationFor(language, this.zone, this.visitorZone ? visitorTimeZone() : this.zone, this.currency);
    }
    const backendSettings = ['adapter', 'backend', 'apiBase', 'apiKey', 'timezone', 'bookingStatus'];
    if (backendSettings.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) {
      this.activeAdapter =
        this.adapter ??
        adapterFromAttributes(this.backend, {
          apiBase: this.apiBase,
          apiKey: this.apiKey || undefined,
          timeZone: this.zone,
          bookingStatus: this.bookingStatus,
          attribute: (name) => this.getAttribute(name),
        });
      this.data.clear();
      this.started = false;
      // Misconfigured: the merchant has a console message; the customer needs one too.
      if (!this.activeAdapter) this.report(new BookingError('unauthorized', 'No backend configured'), undefined, 'config');
      else if (this.shownError?.source === 'config') this.shownError = undefined;
    }
    if (!this.month) this.month = monthOf(this.today);
    if (!this.started && this.data.catalog.status === TaskStatus.COMPLETE) this.start();
  }

  override updated(): void {
    const step = this.state.step;
    if (this.started && step !== this.lastStep) {
      const steps = flow.visibleSteps(this.flowOptions);
      if (this.lastStep) {
        this.dispatchEvent(new BookingStepChangeEvent({ step, previousStep: this.lastStep, index: steps.indexOf(step) + 1, total: steps.length }));
        // A new step: put the keyboard and screen reader on its heading.
        this.heading?.focus();
      }
      this.lastStep = step;
    }
  }

  /** Goes back one step, keeping every choice and everything typed. */
  back(): void {
    const previous = flow.previousStep(this.state.step, this.flowOptions);
    if (previous && !this.submitting) this.goTo(previous);
  }

  choose(choice: flow.Choice): void {
    const next = flow.applyChoice(this.state, choice);
    this.selectedDate = next.slot?.date;
    this.state = next;
    this.goTo(flow.nextStep(this.state.step, this.flowOptions));
  }

  /** The calendar moved to another month or day; nothing is chosen until a time is. */
  browse(to: { month?: string; date?: string }): void {
    if (to.month) this.month = to.month;
    if (to.date) this.selectedDate = to.date;
  }

  updateClient(client: ClientDetails, submitted = false): void {
    this.state = flow.updateClient(this.state, client);
    if (submitted) {
      this.serverFieldErrors = {};
      this.goTo('review');
    }
  }

  /** Creates the booking. A second call while one is in flight does nothing. */
  async confirm(): Promise<void> {
    const { service, slot } = this.state;
    if (this.submitting || !service || !slot || !this.activeAdapter) return;
    this.submitting = true;
    this.shownError = undefined;
    try {
      const frontDesk = this.frontDesk.active ? this.frontDesk : undefined;
      const booker = { adapter: this.activeAdapter, customerRequest: (r: BookingRequest) => this.account.request(r), frontDesk, currency: this.currency, timeZone: this.zone };
      const { confirmation, detail } = await book(this.state, booker);
      this.state = { ...this.state, confirmation, step: 'confirmation' };
      this.dispatchEvent(new BookingCreatedEvent(detail));
    } catch (error) {
      this.bookingFailed(toBookingError(error));
    } finally {
      this.submitting = false;
    }
  }

  restart(): void {
    this.shownError = undefined;
    this.selectedDate = undefined;
    this.state = flow.restart(this.state, this.flowOptions, this.presets());
    this.month = monthOf(this.today);
  }

  /** Shows an error on the current step and tells the host page. */
  report(error: BookingError, retry?: () => void, source = 'booking'): void {
    if (isAbort(error)) return;
    const message = errorMessage(error, this.l10n.messages);
    const hint = merchantHint(error);
    if (hint) console.error(hint);
    this.shownError = { error, message, retry: error.recoverable ? retry : undefined, source };
    this.dispatchEvent(
      new BookingErrorEvent({ code: error.code, message, recoverable: error.recoverable, status: error.status, step: this.state.step }),
    );
  }

  private bookingFailed(error: BookingError): void {
    const { slot } = this.state;
    const route = flow.routeBookingFailure(error, slot!);
    if (route.step === 'datetime') {
      this.data.refreshMonth(route.staleMonth, this.month);
      this.month = route.staleMonth;
      this.selectedDate = slot!.date;
      this.state = { ...this.state, slot: undefined };
    }
    if (route.step === 'details') this.serverFieldErrors = error.fields;
    if (route.step !== 'review') this.goTo(route.step, true);
    // Signed out, a customer signs in again first (./account.ts; a retry would book as a guest); the front desk's staff may be back.
    const retry = route.step === 'review' && route.canRetry && (error.code !== 'signed-out' || this.frontDesk.active);
    this.report(error, retry ? () => void this.confirm() : undefined);
  }

  private goTo(step: flow.StepId, keepError = false): void {
    if (!keepError) this.shownError = undefined;
    this.state = { ...this.state, step };
  }

  private start(): void {
    this.started = true;
    this.state = { ...this.state, ...this.presets(), step: flow.firstStep(this.flowOptions) };
  }

  private presets(): Partial<flow.FlowState> {
    return presetChoices(this.data.catalog.value, this);
  }

  override render() {
    const t = this.l10n.messages;
    const { step } = this.state;
    const steps = flow.visibleSteps(this.flowOptions);
    const previous = flow.previousStep(step, this.flowOptions);
    const { locale, dir } = this.l10n;
    // Until the first catalog arrives: the loading skeleton, labelled in the customer's language.
    if (!this.language.get(this.locale).ready) {
      return html`<section part="base" class="base" lang=${locale} dir=${dir} aria-label=${t.widgetLabel} aria-busy="true">
        <booking-service-picker loading .services=${[]}></booking-service-picker>
      </section>`;
    }
    return html`
      <section part="base" class="base" lang=${locale} dir=${dir} aria-label=${t.widgetLabel} @booking-time-zone-toggle=${(e: TimeZoneToggleEvent) => (this.visitorZone = e.visitorZone)}>
        ${this.account.render(html`
        ${this.started
          ? html`<booking-steps part="steps" exportparts=${exportParts('booking-steps')} .steps=${steps} .current=${step} .names=${this.frontDesk.stepNames(t)}></booking-steps>`
          : nothing}
        <h2 part="heading" class="heading" tabindex="-1" data-step-heading>${this.frontDesk.title(step, t) ?? stepTitle(step, this.state, t)}</h2>
        <div class="live" role="status" aria-live="polite">${renderError(this.shownError, t)}</div>
        ${renderStep(this)}
        ${previous && !this.submitting
          ? html`<div class="nav"><button type="button" part="back" class="button secondary" @click=${this.back}>${t.back}</button></div>`
          : nothing}
        `)}
      </section>
    `;
  }

  /* Read by ./steps.ts, which renders each step's body. */
  get view() {
    return {
      data: this.data,
      month: this.month,
      selectedDate: this.selectedDate,
      submitting: this.submitting,
      started: this.started,
      serverFieldErrors: this.serverFieldErrors,
      allowAnyProfessional: this.activeAdapter?.capabilities.anyProfessional ?? true,
      adapter: this.activeAdapter,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-widget': BookingWidget;
  }
}
