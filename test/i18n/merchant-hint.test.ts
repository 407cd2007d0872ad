import { expect } from '@open-wc/testing';
import { BookingError } from '../../src/core/errors.js';
import { merchantHint } from '../../src/i18n/error-message.js';

describe('merchantHint: the console line only the merchant can act on', () => {
  it('says nothing for problems the customer can fix', () => {
    expect(merchantHint(new BookingError('slot-taken', 'taken'))).to.equal(undefined);
    expect(merchantHint(new BookingError('validation', 'bad', { fields: { email: ['x'] } }))).to.equal(undefined);
  });

  it('a refused key points at the api-key attribute and the account', () => {
    const hint = merchantHint(new BookingError('unauthorized', 'no', { status: 401, detail: 'INVALID_API_KEY: Invalid API key' }));
    expect(hint).to.contain('401: INVALID_API_KEY').and.to.contain('api-key attribute');
  });

  it("a page outside the key's allowed domains names this page's origin to add", () => {
    const error = new BookingError('unauthorized', 'no', { status: 403, detail: 'ORIGIN_NOT_ALLOWED: Origin not authorised' });
    const hint = merchantHint(error, 'https://peluqueria-sol.example');
    expect(hint).to.contain("Add this page's origin (https://peluqueria-sol.example) to the key's allowed domains");
    expect(hint).not.to.contain('api-key attribute');
  });

  it("a refusal the adapter decided itself (no HTTP status) is explained in the adapter's own words", () => {
    const detail = 'Miketsu: classes need the booking_id of a session, which only the calendar (staff) gives; set merchant-id or book classes at the front desk.';
    expect(merchantHint(new BookingError('unauthorized', 'no', { detail }))).to.equal(`[booking-widget] ${detail}`);
  });
});
