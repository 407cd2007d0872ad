import { expect } from '@open-wc/testing';
import { emptyClient } from '../../src/core/model.js';
import { isPlausiblePhone, normalizeClient, validateClient } from '../../src/core/validation.js';

const valid = { firstName: 'Juan', lastName: 'Pérez', email: 'juan@example.com', phone: '+593 99 123 4568', notes: '' };

describe('client validation', () => {
  it('accepts a complete, plausible client', () => {
    expect(validateClient(valid)).to.deep.equal({});
  });

  it('requires names, email and phone but not notes', () => {
    expect(validateClient(emptyClient())).to.deep.equal({
      firstName: 'required',
      lastName: 'required',
      email: 'required',
      phone: 'required',
    });
    expect(validateClient({ ...valid, firstName: '   ' }).firstName).to.equal('required');
  });

  it('flags malformed emails and phones and overlong values', () => {
    expect(validateClient({ ...valid, email: 'juan@example' }).email).to.equal('email');
    expect(validateClient({ ...valid, email: 'juan example.com' }).email).to.equal('email');
    expect(validateClient({ ...valid, phone: '12345' }).phone).to.equal('phone');
    expect(validateClient({ ...valid, notes: 'x'.repeat(1001) }).notes).to.equal('too-long');
  });

  it('accepts common phone notations', () => {
    for (const phone of ['+593991234568', '(02) 245-6789', '099 123 4568', '+1 (212) 555-0100']) {
      expect(isPlausiblePhone(phone), phone).to.equal(true);
    }
    expect(isPlausiblePhone('call me')).to.equal(false);
  });

  it('normalizes what is sent: trimmed, phone digits with its +', () => {
    expect(normalizeClient({ ...valid, firstName: ' Juan ', notes: ' hola ' })).to.deep.equal({
      ...valid,
      phone: '+593991234568',
      notes: 'hola',
    });
  });
});
