import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addBusinessMinutes, BusinessHoursError, businessHours247, businessMinutesBetween, DEFAULT_BUSINESS_HOURS, slaDue,
  slaState, validateBusinessHours, type BusinessHours,
} from '../../src/inbox/sla.domain.ts';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

const toronto: BusinessHours = {
  timezone: 'America/Toronto',
  days: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
};

test('Paris: a message during opening hours is due later the same day', () => {
  // Tuesday 13 January 2026, 10:00 in Paris (UTC+1).
  const due = addBusinessMinutes(at('2026-01-13T09:00:00Z'), 120, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(due), '2026-01-13T11:00:00.000Z');
});

test('Paris: a Friday-evening message is due on Monday morning', () => {
  // Friday 16 January 2026, 19:30 local: closed; Monday opens 09:00 local = 08:00Z.
  const due = addBusinessMinutes(at('2026-01-16T18:30:00Z'), 60, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(due), '2026-01-19T09:00:00.000Z');
});

test('the remaining minutes of Friday carry over to Monday', () => {
  // Friday 17:30 local, 60 minutes: 30 on Friday, 30 on Monday.
  const due = addBusinessMinutes(at('2026-01-16T16:30:00Z'), 60, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(due), '2026-01-19T08:30:00.000Z');
});

test('a count that runs out exactly at closing time ends at closing, not at the next opening', () => {
  const due = addBusinessMinutes(at('2026-01-16T16:00:00Z'), 60, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(due), '2026-01-16T17:00:00.000Z');
});

test('Paris: a weekend with the autumn clock change keeps Monday at 09:00 local', () => {
  // Friday 23 October 2026 17:30 CEST (UTC+2); clocks go back on Sunday 25; Monday 09:30 CET = 08:30Z.
  const due = addBusinessMinutes(at('2026-10-23T15:30:00Z'), 60, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(due), '2026-10-26T08:30:00.000Z');
});

test('Paris: the spring-forward Sunday lasts 23 open hours when open all day', () => {
  const sundays: BusinessHours = { timezone: 'Europe/Paris', days: { sun: [['00:00', '24:00']] } };
  // Sunday 29 March 2026, local midnight = 28 March 23:00Z; Monday midnight = 29 March 22:00Z.
  assert.equal(businessMinutesBetween(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), sundays), 23 * 60);
  // From local midnight, 180 open minutes reach 04:00 CEST: 02:00–03:00 never happened.
  assert.equal(iso(addBusinessMinutes(at('2026-03-28T23:00:00Z'), 180, sundays)), '2026-03-29T02:00:00.000Z');
});

test('Paris: the autumn Sunday lasts 25 open hours when open all day', () => {
  const sundays: BusinessHours = { timezone: 'Europe/Paris', days: { sun: [['00:00', '24:00']] } };
  assert.equal(businessMinutesBetween(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), sundays), 25 * 60);
});

test('Toronto: the March clock change between Friday and Monday', () => {
  // Friday 6 March 2026 16:00 EST (UTC-5) = 21:00Z; DST starts Sunday 8; Monday 10:00 EDT = 14:00Z.
  const due = addBusinessMinutes(at('2026-03-06T21:00:00Z'), 120, toronto);
  assert.equal(iso(due), '2026-03-09T14:00:00.000Z');
});

test('Toronto: November, back to standard time', () => {
  // Friday 30 October 2026 16:30 EDT = 20:30Z; DST ends Sunday 1 November; Monday 09:30 EST = 14:30Z.
  const due = addBusinessMinutes(at('2026-10-30T20:30:00Z'), 60, toronto);
  assert.equal(iso(due), '2026-11-02T14:30:00.000Z');
});

test('Toronto and Paris disagree about the same instant', () => {
  // Monday 12 January 2026 12:00Z: 13:00 in Paris (open), 07:00 in Toronto (closed until 09:00 EST = 14:00Z).
  const start = at('2026-01-12T12:00:00Z');
  assert.equal(iso(addBusinessMinutes(start, 30, DEFAULT_BUSINESS_HOURS)), '2026-01-12T12:30:00.000Z');
  assert.equal(iso(addBusinessMinutes(start, 30, toronto)), '2026-01-12T14:30:00.000Z');
});

test('holidays are skipped, as local dates', () => {
  const hours: BusinessHours = { ...DEFAULT_BUSINESS_HOURS, holidays: ['2026-05-01'] };
  // Thursday 30 April 2026 17:00 CEST = 15:00Z; Friday 1 May is a holiday; Monday 4 May 09:00 CEST = 07:00Z.
  const due = addBusinessMinutes(at('2026-04-30T15:00:00Z'), 120, hours);
  assert.equal(iso(due), '2026-05-04T08:00:00.000Z');
  const without = addBusinessMinutes(at('2026-04-30T15:00:00Z'), 120, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(without), '2026-05-01T08:00:00.000Z');
});

test('the lunch break does not count', () => {
  const lunch: BusinessHours = {
    timezone: 'Europe/Paris',
    days: { mon: [['13:30', '18:00'], ['09:00', '12:30']] }, // order in the list does not matter
  };
  // Monday 12 January 2026 12:00 local = 11:00Z; 30 min before lunch, 30 min after 13:30 → 14:00 local.
  const due = addBusinessMinutes(at('2026-01-12T11:00:00Z'), 60, lunch);
  assert.equal(iso(due), '2026-01-12T13:00:00.000Z');
  assert.equal(businessMinutesBetween(at('2026-01-12T08:00:00Z'), at('2026-01-12T17:00:00Z'), lunch), 8 * 60, '9 hours minus the hour of lunch');
});

test('24/7 counts real time, across days and clock changes', () => {
  const start = at('2026-03-28T10:00:00Z');
  assert.equal(iso(addBusinessMinutes(start, 3 * 24 * 60, businessHours247)), '2026-03-31T10:00:00.000Z');
  assert.equal(businessMinutesBetween(start, at('2026-03-29T10:00:00Z'), businessHours247), 24 * 60);
  const parisAllWeek: BusinessHours = { ...businessHours247, timezone: 'Europe/Paris' };
  assert.equal(iso(addBusinessMinutes(start, 3 * 24 * 60, parisAllWeek)), '2026-03-31T10:00:00.000Z');
});

test('minutes between is the inverse of adding minutes, and negative backwards', () => {
  const a = at('2026-01-16T15:10:00Z');
  const b = addBusinessMinutes(a, 500, DEFAULT_BUSINESS_HOURS);
  assert.equal(businessMinutesBetween(a, b, DEFAULT_BUSINESS_HOURS), 500);
  assert.equal(businessMinutesBetween(b, a, DEFAULT_BUSINESS_HOURS), -500);
  // A whole closed weekend counts nothing.
  assert.equal(businessMinutesBetween(at('2026-01-17T00:00:00Z'), at('2026-01-18T22:00:00Z'), DEFAULT_BUSINESS_HOURS), 0);
});

test('hours with no open time at all throw a clear error instead of looping', () => {
  const closed: BusinessHours = { timezone: 'Europe/Paris', days: {} };
  assert.throws(() => addBusinessMinutes(at('2026-01-12T08:00:00Z'), 10, closed), (e: unknown) =>
    e instanceof BusinessHoursError && /no open time/.test(e.message));
});

test('holidays that cover every opening for over a year throw instead of looping', () => {
  const holidays: string[] = [];
  for (let d = new Date('2026-01-01T12:00:00Z'); d < new Date('2027-03-01T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    holidays.push(d.toISOString().slice(0, 10));
  }
  const hours: BusinessHours = { ...DEFAULT_BUSINESS_HOURS, holidays };
  assert.throws(() => addBusinessMinutes(at('2026-01-01T08:00:00Z'), 10, hours), /consecutive days/);
});

test('negative minutes are refused; zero minutes is the start itself', () => {
  assert.throws(() => addBusinessMinutes(at('2026-01-12T08:00:00Z'), -1, DEFAULT_BUSINESS_HOURS), RangeError);
  assert.equal(iso(addBusinessMinutes(at('2026-01-17T08:00:00Z'), 0, DEFAULT_BUSINESS_HOURS)), '2026-01-17T08:00:00.000Z');
});

test('slaDue counts open time or wall-clock time according to the policy', () => {
  const friday = at('2026-01-16T18:30:00Z'); // 19:30 in Paris
  const business = slaDue(friday, { firstResponseMinutes: 60, resolutionMinutes: 9 * 60, businessHoursOnly: true }, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(business.firstResponseDue), '2026-01-19T09:00:00.000Z');
  assert.equal(iso(business.resolutionDue), '2026-01-19T17:00:00.000Z');
  const clock = slaDue(friday, { firstResponseMinutes: 60, resolutionMinutes: 9 * 60, businessHoursOnly: false }, DEFAULT_BUSINESS_HOURS);
  assert.equal(iso(clock.firstResponseDue), '2026-01-16T19:30:00.000Z');
  assert.equal(iso(clock.resolutionDue), '2026-01-17T03:30:00.000Z');
});

test('slaState', () => {
  const due = at('2026-01-12T10:00:00Z');
  const now = (s: string) => at(`2026-01-12T${s}Z`);
  assert.equal(slaState({ due: null, doneAt: null, now: now('09:00:00') }), 'none');
  assert.equal(slaState({ due, doneAt: now('09:59:00'), now: now('12:00:00') }), 'met');
  assert.equal(slaState({ due, doneAt: due, now: now('12:00:00') }), 'met', 'done exactly on time is met');
  assert.equal(slaState({ due, doneAt: now('10:01:00'), now: now('10:02:00') }), 'breached');
  assert.equal(slaState({ due, doneAt: null, now: now('10:00:01') }), 'breached');
  assert.equal(slaState({ due, doneAt: null, now: now('09:45:00'), warnBeforeMinutes: 30 }), 'at_risk');
  assert.equal(slaState({ due, doneAt: null, now: now('09:29:00'), warnBeforeMinutes: 30 }), 'running');
  assert.equal(slaState({ due, doneAt: null, now: now('09:45:00') }), 'running', 'no warning window unless asked');
});

test('validateBusinessHours reports each problem', () => {
  assert.deepEqual(validateBusinessHours(DEFAULT_BUSINESS_HOURS), []);
  assert.deepEqual(validateBusinessHours(businessHours247), []);
  const errors = validateBusinessHours({
    timezone: 'Europe/Lutece',
    days: {
      mon: [['9:00', '18:00']],
      tue: [['18:00', '09:00']],
      wed: [['09:00', '13:00'], ['12:00', '18:00']],
      thu: [['09:00', '25:00']],
      fri: [['09:00', '12:00'], ['12:00', '18:00']],
      funday: [['10:00', '11:00']],
    },
    holidays: ['2026-02-30', '1 May'],
  });
  const has = (re: RegExp) => assert.ok(errors.some((e) => re.test(e)), `expected an error matching ${re} in ${JSON.stringify(errors)}`);
  has(/unknown time zone "Europe\/Lutece"/);
  has(/^mon: bad start time "9:00"/);
  has(/^tue: range 18:00–09:00 ends before it starts/);
  has(/^wed: ranges 09:00–13:00 and 12:00–18:00 overlap/);
  has(/^thu: bad end time "25:00"/);
  has(/unknown day "funday"/);
  has(/bad holiday date "2026-02-30"/);
  has(/bad holiday date "1 May"/);
  assert.ok(!errors.some((e) => e.startsWith('fri')), 'touching ranges are not overlapping');
  assert.deepEqual(validateBusinessHours({ timezone: 'UTC', days: { mon: [] } }), ['no open time in the week']);
  assert.throws(() => addBusinessMinutes(new Date(), 5, { timezone: 'Nowhere/Town', days: { mon: [['09:00', '10:00']] } }), BusinessHoursError);
});
