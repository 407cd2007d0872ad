/** Every catalog complete and actually translated; every error code worded; backend field texts mapped. */
import { expect } from '@open-wc/testing';
import { BookingError, type BookingErrorCode } from '../../src/core/errors.js';
import { errorMessage } from '../../src/i18n/error-message.js';
import { serverFieldMessage } from '../../src/i18n/field-message.js';
import {
  bootMessages,
  loadedMessages,
  loadMessages,
  resolveTag,
  supportedLocales,
  type CatalogId,
  type Messages,
} from '../../src/i18n/index.js';

type Key = keyof Messages;

/**
 * Keys whose text may rightly be the same as English. Each entry is checked to really be identical,
 * so the list cannot go stale and hide a key that was later translated differently.
 */
const sameAsEnglish: Record<Exclude<CatalogId, 'en'>, Key[]> = {
  // A separator between two formatted values, no words.
  es: ['durationAndPrice'],
  'pt-BR': ['durationAndPrice'],
  ar: ['durationAndPrice'],
};

/** A message's text: strings as they are, functions called with sample arguments (numbers read as text too). */
const text = (value: Messages[Key]): string =>
  typeof value === 'function' ? (value as (...args: number[]) => string)(...Array.from({ length: value.length }, (_, i) => 7 + i)) : value;

const allCodes = {
  unauthorized: true,
  'not-found': true,
  validation: true,
  'slot-taken': true,
  'session-full': true,
  'invalid-credentials': true,
  'signed-out': true,
  'cannot-cancel': true,
  'cancel-deadline': true,
  'rate-limited': true,
  server: true,
  offline: true,
  timeout: true,
  'bad-response': true,
  aborted: true,
  unknown: true,
} satisfies Record<BookingErrorCode, true>;

let catalogs: Record<CatalogId, Messages>;

describe('message catalogs', () => {
  before(async () => {
    const loaded = await Promise.all(supportedLocales.map((locale) => loadMessages(locale)));
    catalogs = Object.fromEntries(supportedLocales.map((locale, i) => [locale, loaded[i]])) as Record<CatalogId, Messages>;
  });

  it('ships en, es, pt-BR and ar', () => {
    expect(supportedLocales).to.have.members(['en', 'es', 'pt-BR', 'ar']);
  });

  for (const locale of ['es', 'pt-BR', 'ar'] as const) {
    it(`${locale}: has every English key, with the same kind of value and arguments`, () => {
      const en = catalogs.en;
      const other = catalogs[locale];
      expect(Object.keys(other).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as Key[]) {
        expect(typeof other[key], key).to.equal(typeof en[key]);
        if (typeof en[key] === 'function') expect((other[key] as () => string).length, key).to.equal((en[key] as () => string).length);
        expect(text(other[key]).trim(), key).to.not.equal('');
      }
    });

    it(`${locale}: no text left in English by accident`, () => {
      const en = catalogs.en;
      const other = catalogs[locale];
      const identical = (Object.keys(en) as Key[]).filter((key) => text(other[key]) === text(en[key]));
      expect(identical, 'identical to English').to.have.members(sameAsEnglish[locale]);
    });

    it(`${locale}: the loading texts shown before the catalog arrives are the catalog's own`, () => {
      const boot = bootMessages(locale);
      expect(boot.loading).to.equal(catalogs[locale].loading);
      expect(boot.widgetLabel).to.equal(catalogs[locale].widgetLabel);
    });
  }

  it('words every booking error code in every language, never with the backend text when a field can be pointed at', () => {
    for (const locale of supportedLocales) {
      const seen = new Set<string>();
      for (const code of Object.keys(allCodes) as BookingErrorCode[]) {
        const error = new BookingError(code, 'backend said: kaputt', { detail: 'kaputt', retryAfter: 3, fields: { email: ['kaputt'] } });
        const message = errorMessage(error, catalogs[locale]);
        expect(message, `${locale} ${code}`).to.be.a('string').and.not.equal('');
        expect(message).to.not.contain('kaputt');
        if (locale !== 'en') expect(message, `${locale} ${code}`).to.not.equal(errorMessage(error, catalogs.en));
        seen.add(message);
      }
      // aborted and unknown share a message; every other code has its own.
      expect(seen.size, locale).to.equal(Object.keys(allCodes).length - 1);
    }
    expect(errorMessage(new BookingError('rate-limited', 'x', { retryAfter: 3 }), catalogs.ar)).to.contain('3 ثوانٍ');
  });

  it('frames the backend reason in the customer language when a rejection names no field', () => {
    const rejected = new BookingError('validation', 'x', { detail: 'customer is blacklisted' });
    expect(errorMessage(rejected, catalogs.es)).to.equal(
      'El sistema de reservas no aceptó la reserva: «customer is blacklisted». Revisa tu elección y vuelve a intentarlo.',
    );
    for (const locale of supportedLocales) expect(errorMessage(rejected, catalogs[locale]), locale).to.contain('customer is blacklisted');
    // Without a reason, the generic text.
    expect(errorMessage(new BookingError('validation', 'x'), catalogs.es)).to.equal(catalogs.es.errValidation);
  });
});

describe('locale tags', () => {
  it('regional tags use their language catalog and keep their region for formatting', () => {
    expect(resolveTag('es-MX')).to.deep.equal({ locale: 'es-MX', catalog: 'es', dir: 'ltr' });
    expect(resolveTag('pt-PT')).to.deep.equal({ locale: 'pt-PT', catalog: 'pt-BR', dir: 'ltr' });
    expect(resolveTag('pt')).to.deep.equal({ locale: 'pt', catalog: 'pt-BR', dir: 'ltr' });
    expect(resolveTag('ar-EG')).to.deep.equal({ locale: 'ar-EG', catalog: 'ar', dir: 'rtl' });
    expect(resolveTag('es_ec')).to.deep.equal({ locale: 'es-EC', catalog: 'es', dir: 'ltr' });
  });

  it('an unknown language or a broken tag is English throughout, dates included', () => {
    expect(resolveTag('fr-FR')).to.deep.equal({ locale: 'en', catalog: 'en', dir: 'ltr' });
    expect(resolveTag('not a tag!')).to.deep.equal({ locale: 'en', catalog: 'en', dir: 'ltr' });
    expect(resolveTag('')).to.deep.equal({ locale: 'en', catalog: 'en', dir: 'ltr' });
    expect(resolveTag(undefined).catalog).to.equal('en');
  });

  it('messages are bound to the exact locale once loaded', async () => {
    await loadMessages('es');
    expect(loadedMessages('es-MX')!.chooseService).to.equal('Elige un servicio');
    expect(loadedMessages('fr')!.chooseService).to.equal('Choose a service');
  });
});

describe('backend messages about a field', () => {
  const t = () => catalogs.es;
  before(async () => {
    catalogs ??= { es: await loadMessages('es') } as Record<CatalogId, Messages>;
  });

  it('shows the catalog text when the problem is recognisable', () => {
    expect(serverFieldMessage('email', 'The email must be a valid email address.', t())).to.equal(t().errEmail);
    expect(serverFieldMessage('phone', 'The phone format is invalid.', t())).to.equal(t().errPhone);
    expect(serverFieldMessage('phone', 'El teléfono no es válido.', t())).to.equal(t().errPhone);
    expect(serverFieldMessage('firstName', 'The first name field is required.', t())).to.equal(t().errRequired);
    expect(serverFieldMessage('lastName', 'O sobrenome é obrigatório.', t())).to.equal(t().errRequired);
    expect(serverFieldMessage('notes', 'The notes may not be greater than 500 characters.', t())).to.equal(t().errTooLong(500));
  });

  it("falls back to the backend's text when there is nothing better", () => {
    expect(serverFieldMessage('email', 'The email has already been taken.', t())).to.equal('The email has already been taken.');
    // "Invalid" on a name says nothing the catalog can word more precisely.
    expect(serverFieldMessage('firstName', 'The first name is invalid.', t())).to.equal('The first name is invalid.');
    expect(serverFieldMessage('notes', 'Too long.', t())).to.equal('Too long.');
  });
});
