/** Counts in each language's own plural forms and digits, through Intl. */
import { expect } from '@open-wc/testing';
import { loadedMessages, loadMessages } from '../../src/i18n/index.js';
import { plural } from '../../src/i18n/plural.js';

const messages = async (locale: string) => {
  await loadMessages(locale);
  return loadedMessages(locale)!;
};

describe('plural forms', () => {
  it('Arabic: zero, one, two, few (3–10), many (11–99) and other (100…)', async () => {
    const t = await messages('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => t.timesCount(n))).to.deep.equal([
      'لا توجد أوقات متاحة',
      'وقت واحد متاح',
      'وقتان متاحان',
      '3 أوقات متاحة',
      '11 وقتًا متاحًا',
      '100 وقت متاح',
    ]);
    expect([1, 2, 5, 80, 102].map((n) => t.errTooLong(n))).to.deep.equal([
      'يُرجى ألّا يتجاوز النص حرفًا واحدًا.',
      'يُرجى ألّا يتجاوز النص حرفين.',
      'يُرجى ألّا يتجاوز النص 5 أحرف.',
      'يُرجى ألّا يتجاوز النص 80 حرفًا.',
      'يُرجى ألّا يتجاوز النص 102 حرف.',
    ]);
    expect(t.errFormSummary(2)).to.equal('يُرجى تصحيح حقلين.');
  });

  it('Arabic digits where the locale writes them (Egypt), Latin where it does not (Morocco)', async () => {
    const egypt = await messages('ar-EG');
    const morocco = await messages('ar-MA');
    expect(egypt.timesCount(11)).to.equal('١١ وقتًا متاحًا');
    expect(egypt.stepOf(2, 5)).to.equal('الخطوة ٢ من ٥');
    expect(egypt.errRateLimited(120)).to.contain('١٢٠ ثانية');
    expect(morocco.timesCount(11)).to.equal('11 وقتًا متاحًا');
  });

  it('Brazilian Portuguese: one (0 and 1), many (millions), other', async () => {
    const t = await messages('pt-BR');
    expect([0, 1, 2, 1_000_000].map((n) => t.timesCount(n))).to.deep.equal([
      '0 horário disponível',
      '1 horário disponível',
      '2 horários disponíveis',
      '1.000.000 de horários disponíveis',
    ]);
    expect(t.errFormSummary(3)).to.equal('Corrija 3 campos.');
    expect(t.errRateLimited(1)).to.equal('Muitas solicitações. Tente novamente em 1 segundo.');
  });

  it('Spanish: one, many (millions), other, with Spanish digit grouping', async () => {
    const t = await messages('es');
    expect([0, 1, 2, 1_000_000].map((n) => t.timesCount(n))).to.deep.equal([
      '0 horas disponibles',
      '1 hora disponible',
      '2 horas disponibles',
      '1.000.000 de horas disponibles',
    ]);
    expect(t.errFormSummary(1)).to.equal('Corrige 1 campo.');
    expect(t.errRateLimited(120)).to.equal('Demasiadas solicitudes. Vuelve a intentarlo en 120 segundos.');
  });

  it('English: one and other, with English digit grouping', async () => {
    const t = await messages('en');
    expect([0, 1, 2, 1234].map((n) => t.timesCount(n))).to.deep.equal([
      '0 times available',
      '1 time available',
      '2 times available',
      '1,234 times available',
    ]);
    expect(t.errTooLong(1)).to.equal('Use at most 1 character.');
    expect(t.errFormSummary(2)).to.equal('Please correct 2 fields.');
  });

  it('falls back to "other" for a category the message does not spell out', () => {
    expect(plural('ar', 2, { one: 'one', other: '# other' })).to.equal('2 other');
    expect(plural('en', 1, { other: '# things' })).to.equal('1 things');
  });
});
