import { expect } from '@open-wc/testing';
import type { OpeningHours, RecurrenceRule } from '../../src/core/model.js';
import { expandRecurrence, untilInstant, validateRecurrence, weekdayOf } from '../../src/core/recurrence.js';

/*
 * Expected instants were worked out by hand from the zones' 2026 rules: Madrid +01:00 → +02:00 on
 * 29 March and back on 25 October; New York −05:00 → −04:00 on 8 March and back on 1 November.
 */

const rule = (partial: Partial<RecurrenceRule>): RecurrenceRule => ({
  frequency: 'WEEKLY',
  interval: 1,
  weekdays: [],
  until: '2026-12-31',
  ...partial,
});

const dates = (r: RecurrenceRule, date: string, time = '10:00', zone = 'UTC') =>
  expandRecurrence(r, { date, time }, zone).occurrences.map((o) => o.date);

const starts = (r: RecurrenceRule, date: string, time: string, zone: string) =>
  expandRecurrence(r, { date, time }, zone).occurrences.map((o) => o.start);

describe('recurrence', () => {
  it('names weekdays without the device zone', () => {
    expect(weekdayOf('2026-03-01')).to.equal('SU');
    expect(weekdayOf('2026-03-02')).to.equal('MO');
    expect(weekdayOf('2024-02-29')).to.equal('TH');
  });

  describe('daily', () => {
    it('repeats every N days and keeps the until date (inclusive)', () => {
      expect(dates(rule({ frequency: 'DAILY', interval: 3, until: '2026-03-10' }), '2026-03-01'))
        .to.deep.equal(['2026-03-01', '2026-03-04', '2026-03-07', '2026-03-10']);
      expect(dates(rule({ frequency: 'DAILY', until: '2026-03-09' }), '2026-03-07'))
        .to.deep.equal(['2026-03-07', '2026-03-08', '2026-03-09']);
    });

    it('with weekdays keeps only those days, after the first occurrence which always counts', () => {
      // DTSTART (a Monday) is not a weekend day but is the first occurrence all the same (§3.8.5.3).
      expect(dates(rule({ frequency: 'DAILY', weekdays: ['SA', 'SU'], until: '2026-03-15' }), '2026-03-02'))
        .to.deep.equal(['2026-03-02', '2026-03-07', '2026-03-08', '2026-03-14', '2026-03-15']);
    });

    it('stops when every 7th day can never be one of the weekdays', () => {
      expect(dates(rule({ frequency: 'DAILY', interval: 7, weekdays: ['TU'], until: '9999-12-31' }), '2026-03-02'))
        .to.deep.equal(['2026-03-02']);
    });
  });

  describe('weekly', () => {
    it('without weekdays repeats DTSTART’s weekday', () => {
      expect(dates(rule({ until: '2026-03-26' }), '2026-03-05'))
        .to.deep.equal(['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26']);
    });

    it('expands weekdays within every interval-th week starting Monday, never before DTSTART', () => {
      // From Wednesday 4 March: that week's Monday is before DTSTART; weeks of 9 and 23 March are skipped.
      expect(dates(rule({ interval: 2, weekdays: ['FR', 'MO'], until: '2026-03-31' }), '2026-03-04'))
        .to.deep.equal(['2026-03-04', '2026-03-06', '2026-03-16', '2026-03-20', '2026-03-30']);
    });

    it('starts weeks on Monday: the RFC 5545 WKST=MO example', () => {
      // §3.8.5.3 example: FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO from Tue 5 Aug 1997 gives 5, 10, 19, 24
      // (with WKST=SU it would give 5, 17, 19, 31).
      expect(dates(rule({ interval: 2, weekdays: ['TU', 'SU'], until: '1997-08-24' }), '1997-08-05', '09:00', 'America/New_York'))
        .to.deep.equal(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    });

    it('counts DTSTART even when it is not one of the weekdays', () => {
      expect(dates(rule({ weekdays: ['TU', 'TH'], until: '2026-03-08' }), '2026-03-02'))
        .to.deep.equal(['2026-03-02', '2026-03-03', '2026-03-05']);
    });

    it('keeps the wall-clock time across spring forward in Europe/Madrid', () => {
      const r = rule({ weekdays: ['MO', 'WE', 'FR'], until: '2026-04-03' });
      expect(starts(r, '2026-03-23', '10:00', 'Europe/Madrid')).to.deep.equal([
        '2026-03-23T09:00:00Z',
        '2026-03-25T09:00:00Z',
        '2026-03-27T09:00:00Z',
        '2026-03-30T08:00:00Z',
        '2026-04-01T08:00:00Z',
        '2026-04-03T08:00:00Z',
      ]);
    });

    it('keeps the wall-clock time across fall back in Europe/Madrid', () => {
      const r = rule({ weekdays: ['MO', 'WE', 'FR'], until: '2026-10-30' });
      expect(starts(r, '2026-10-19', '10:00', 'Europe/Madrid')).to.deep.equal([
        '2026-10-19T08:00:00Z',
        '2026-10-21T08:00:00Z',
        '2026-10-23T08:00:00Z',
        '2026-10-26T09:00:00Z',
        '2026-10-28T09:00:00Z',
        '2026-10-30T09:00:00Z',
      ]);
    });

    it('keeps the wall-clock time across both changes in America/New_York', () => {
      const r = rule({ weekdays: ['MO', 'WE', 'FR'], until: '2026-03-13' });
      expect(starts(r, '2026-03-02', '09:00', 'America/New_York')).to.deep.equal([
        '2026-03-02T14:00:00Z',
        '2026-03-04T14:00:00Z',
        '2026-03-06T14:00:00Z',
        '2026-03-09T13:00:00Z',
        '2026-03-11T13:00:00Z',
        '2026-03-13T13:00:00Z',
      ]);
      const autumn = expandRecurrence(rule({ weekdays: ['MO', 'FR'], until: '2026-11-02' }), { date: '2026-10-30', time: '09:00' }, 'America/New_York');
      expect(autumn.occurrences.map((o) => [o.date, o.time, o.start])).to.deep.equal([
        ['2026-10-30', '09:00', '2026-10-30T13:00:00Z'],
        ['2026-11-02', '09:00', '2026-11-02T14:00:00Z'],
      ]);
    });
  });

  describe('DST edge times', () => {
    it('moves a time the spring-forward gap skips forward by the gap (§3.3.5)', () => {
      const { occurrences } = expandRecurrence(rule({ frequency: 'DAILY', until: '2026-03-09' }), { date: '2026-03-07', time: '02:30' }, 'America/New_York');
      expect(occurrences.map((o) => [o.date, o.time, o.start])).to.deep.equal([
        ['2026-03-07', '02:30', '2026-03-07T07:30:00Z'],
        ['2026-03-08', '03:30', '2026-03-08T07:30:00Z'],
        ['2026-03-09', '02:30', '2026-03-09T06:30:00Z'],
      ]);
    });

    it('reads a time the fall-back repeats as the first of the two', () => {
      expect(starts(rule({ frequency: 'DAILY', until: '2026-11-02' }), '2026-10-31', '01:30', 'America/New_York')).to.deep.equal([
        '2026-10-31T05:30:00Z',
        '2026-11-01T05:30:00Z',
        '2026-11-02T06:30:00Z',
      ]);
    });

    it('keeps a first slot in the second pass of a repeated hour at its own instant', () => {
      const first = { date: '2026-11-01', time: '01:30', start: '2026-11-01T06:30:00Z' };
      expect(expandRecurrence(rule({ frequency: 'DAILY', until: '2026-11-02' }), first, 'America/New_York').occurrences.map((o) => o.start))
        .to.deep.equal(['2026-11-01T06:30:00Z', '2026-11-02T06:30:00Z']);
      // A start that is not that clock time at all is ignored: the date and time rule.
      const stray = { date: '2026-03-02', time: '10:00', start: '2026-03-02T12:00:00Z' };
      expect(expandRecurrence(rule({ until: '2026-03-02' }), stray, 'Europe/Madrid').occurrences[0].start).to.equal('2026-03-02T09:00:00Z');
    });
  });

  describe('monthly', () => {
    it('repeats DTSTART’s day of the month and skips months without it (the 31st)', () => {
      expect(dates(rule({ frequency: 'MONTHLY', until: '2026-12-31' }), '2026-01-31')).to.deep.equal([
        '2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31',
      ]);
      // Every other month from January: September and November have 30 days.
      expect(dates(rule({ frequency: 'MONTHLY', interval: 2, until: '2026-12-31' }), '2026-01-31'))
        .to.deep.equal(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    });

    it('with weekdays takes every such weekday of each interval-th month', () => {
      expect(dates(rule({ frequency: 'MONTHLY', interval: 2, weekdays: ['MO'], until: '2026-05-31' }), '2026-03-09')).to.deep.equal([
        '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25',
      ]);
    });
  });

  describe('limit', () => {
    it('stops at the limit and says more would follow', () => {
      const capped = expandRecurrence(rule({ frequency: 'DAILY' }), { date: '2026-01-01', time: '10:00' }, 'UTC', { limit: 10 });
      expect(capped.occurrences).to.have.length(10);
      expect(capped.occurrences.at(-1)?.date).to.equal('2026-01-10');
      expect(capped.truncated).to.equal(true);
      const all = expandRecurrence(rule({ frequency: 'DAILY', until: '2026-01-10' }), { date: '2026-01-01', time: '10:00' }, 'UTC', { limit: 10 });
      expect(all.occurrences).to.have.length(10);
      expect(all.truncated).to.equal(false);
    });

    it('defaults to 200', () => {
      const year = expandRecurrence(rule({ frequency: 'DAILY' }), { date: '2026-01-01', time: '10:00' }, 'UTC');
      expect(year.occurrences).to.have.length(200);
      expect(year.truncated).to.equal(true);
    });
  });

  describe('opening hours', () => {
    // Monday split shift, Wednesday from 10:00, Friday mornings; Sunday (0) closed.
    const hours: OpeningHours = {
      1: [{ start: '09:00', end: '13:00' }, { start: '15:00', end: '19:00' }],
      3: [{ start: '10:00', end: '18:00' }],
      5: [{ start: '09:00', end: '13:00' }],
    };
    const flags = (time: string, weekdays: RecurrenceRule['weekdays'], durationMinutes = 60) =>
      expandRecurrence(rule({ weekdays, until: '2026-03-08' }), { date: '2026-03-02', time }, 'Europe/Madrid', { durationMinutes, openingHours: hours })
        .occurrences.map((o) => [o.date, o.outsideHours]);

    it('flags closed days and starts before opening', () => {
      expect(flags('09:30', ['MO', 'WE', 'FR', 'SU'])).to.deep.equal([
        ['2026-03-02', false],
        ['2026-03-04', true],
        ['2026-03-06', false],
        ['2026-03-08', true],
      ]);
    });

    it('flags ends after closing and a span across a break; ending at closing fits', () => {
      expect(flags('12:00', ['MO', 'FR'])).to.deep.equal([['2026-03-02', false], ['2026-03-06', false]]);
      expect(flags('12:30', ['MO', 'FR'])).to.deep.equal([['2026-03-02', true], ['2026-03-06', true]]);
    });

    it('sets each end from the duration and flags nothing without hours', () => {
      const { occurrences } = expandRecurrence(rule({ until: '2026-03-02' }), { date: '2026-03-02', time: '23:30' }, 'Europe/Madrid', { durationMinutes: 90 });
      expect(occurrences).to.deep.equal([
        { date: '2026-03-02', time: '23:30', start: '2026-03-02T22:30:00Z', end: '2026-03-03T00:00:00Z', outsideHours: false },
      ]);
    });
  });

  describe('until instant', () => {
    it('is the series’ clock time on the until date, in UTC', () => {
      expect(untilInstant(rule({ until: '2026-06-15' }), '20:00', 'Europe/Madrid')).to.equal('2026-06-15T18:00:00Z');
      expect(untilInstant(rule({ until: '2026-03-08' }), '02:30', 'America/New_York')).to.equal('2026-03-08T07:30:00Z');
    });
  });

  describe('validation', () => {
    const first = { date: '2026-03-10' };
    it('accepts a sound rule, until on the first date included', () => {
      expect(validateRecurrence(rule({ until: '2026-03-10' }), first)).to.deep.equal([]);
    });

    it('rejects intervals below 1 or not whole', () => {
      for (const interval of [0, -2, 1.5, Number.NaN]) {
        expect(validateRecurrence(rule({ interval }), first)).to.deep.equal(['interval']);
      }
    });

    it('rejects a missing or impossible until, and one before the first date', () => {
      expect(validateRecurrence(rule({ until: '' }), first)).to.deep.equal(['until-missing']);
      expect(validateRecurrence(rule({ until: '2026-02-30' }), first)).to.deep.equal(['until-missing']);
      expect(validateRecurrence(rule({ interval: 0, until: '2026-03-09' }), first)).to.deep.equal(['interval', 'until-before-start']);
    });

    it('expands an invalid rule to its first occurrence only', () => {
      expect(dates(rule({ frequency: 'DAILY', interval: 0 }), '2026-03-10')).to.deep.equal(['2026-03-10']);
    });
  });
});
