// SLA clocks. A department promises a first response and a resolution within so many minutes,
// counted either around the clock or only while it is open. Opening hours are written in local
// wall-clock time of the department's zone, so every opening is turned into real instants day by
// day: a 09:00–18:00 day lasts 9 hours whatever the UTC offset, and a 00:00–24:00 day on the
// Sunday the clocks change lasts 23 or 25 hours, as the people staffing it live it.
import { DateTime, IANAZone } from 'luxon';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface BusinessHours {
  /** IANA zone, e.g. 'Europe/Paris'. */
  timezone: string;
  /** Open ranges per weekday, local 'HH:mm' (end may be '24:00'); a missing or empty day is closed. */
  days: Partial<Record<Weekday, [string, string][]>>;
  /** Closed local dates, 'YYYY-MM-DD'. */
  holidays?: string[];
}

export interface SlaPolicy {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  businessHoursOnly: boolean;
}

export type SlaState = 'met' | 'breached' | 'at_risk' | 'running' | 'none';

const WORKWEEK: [string, string][] = [['09:00', '18:00']];
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timezone: 'Europe/Paris',
  days: { mon: WORKWEEK, tue: WORKWEEK, wed: WORKWEEK, thu: WORKWEEK, fri: WORKWEEK },
  holidays: [],
};

const ALL_DAY: [string, string][] = [['00:00', '24:00']];
/** Always open: the zone only matters for holidays, and there are none. */
export const businessHours247: BusinessHours = {
  timezone: 'UTC',
  days: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
  holidays: [],
};

/** Raised when hours are malformed or leave no open time to count. */
export class BusinessHoursError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid business hours: ${errors.join('; ')}`);
    this.name = 'BusinessHoursError';
  }
}

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
/** A run of closed days this long means the hours can never open again (holidays covering everything). */
const MAX_CLOSED_DAYS = 400;
/** Deadlines further out than this are a data error, not a promise anyone makes. */
const MAX_SCAN_DAYS = 366 * 20;

function minuteOfDay(hhmm: string): number | null {
  const m = TIME.exec(hhmm);
  if (!m) return null;
  return m[3] ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

export function validateBusinessHours(h: unknown): string[] {
  const errors: string[] = [];
  if (typeof h !== 'object' || h === null) return ['business hours must be an object'];
  const { timezone, days, holidays } = h as Partial<BusinessHours>;
  if (typeof timezone !== 'string' || !IANAZone.isValidZone(timezone)) {
    errors.push(`unknown time zone ${JSON.stringify(timezone)}`);
  }
  if (typeof days !== 'object' || days === null) {
    errors.push('days must be an object keyed by mon…sun');
  } else {
    let open = 0;
    for (const [day, ranges] of Object.entries(days)) {
      if (!WEEKDAYS.includes(day as Weekday)) {
        errors.push(`unknown day "${day}" (use ${WEEKDAYS.join(', ')})`);
        continue;
      }
      if (!Array.isArray(ranges)) {
        errors.push(`${day}: ranges must be a list of [start, end]`);
        continue;
      }
      const parsed: [number, number, string][] = [];
      for (const r of ranges) {
        if (!Array.isArray(r) || r.length !== 2) {
          errors.push(`${day}: a range must be [start, end]`);
          continue;
        }
        const [s, e] = r.map((t) => (typeof t === 'string' ? minuteOfDay(t) : null));
        const label = `${String(r[0])}–${String(r[1])}`;
        if (s === null || s === undefined || s === 24 * 60) errors.push(`${day}: bad start time "${String(r[0])}" (HH:mm, 00:00–23:59)`);
        if (e === null || e === undefined) errors.push(`${day}: bad end time "${String(r[1])}" (HH:mm, up to 24:00)`);
        if (s == null || e == null || s === 24 * 60) continue;
        if (e <= s) {
          errors.push(`${day}: range ${label} ends before it starts (split a night shift over two days)`);
          continue;
        }
        parsed.push([s, e, label]);
        open += e - s;
      }
      parsed.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < parsed.length; i++) {
        if (parsed[i][0] < parsed[i - 1][1]) errors.push(`${day}: ranges ${parsed[i - 1][2]} and ${parsed[i][2]} overlap`);
      }
    }
    if (open === 0 && errors.length === 0) errors.push('no open time in the week');
  }
  if (holidays !== undefined) {
    if (!Array.isArray(holidays)) errors.push('holidays must be a list of YYYY-MM-DD dates');
    else {
      for (const d of holidays) {
        const m = typeof d === 'string' ? DATE.exec(d) : null;
        const valid = m && DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }).isValid;
        if (!valid) errors.push(`bad holiday date ${JSON.stringify(d)} (YYYY-MM-DD)`);
      }
    }
  }
  return errors;
}

interface Compiled {
  zone: string;
  /** Index 1..7 (Monday..Sunday): sorted [startMinute, endMinute) ranges. */
  week: [number, number][][];
  holidays: Set<string>;
}

// Validating and parsing on every call would dominate a dashboard computing thousands of clocks
// with the same hours object.
const compiledCache = new WeakMap<BusinessHours, Compiled>();

function compile(hours: BusinessHours): Compiled {
  const cached = compiledCache.get(hours);
  if (cached) return cached;
  const errors = validateBusinessHours(hours);
  if (errors.length > 0) throw new BusinessHoursError(errors);
  const week: [number, number][][] = [[]];
  for (const day of WEEKDAYS) {
    const ranges = (hours.days[day] ?? []).map(([s, e]) => [minuteOfDay(s)!, minuteOfDay(e)!] as [number, number]);
    week.push(ranges.sort((a, b) => a[0] - b[0]));
  }
  const compiled = { zone: hours.timezone, week, holidays: new Set(hours.holidays ?? []) };
  compiledCache.set(hours, compiled);
  return compiled;
}

function instant(day: DateTime, minute: number): number {
  // 24:00 is the next day's midnight, which luxon will not build from hour 24.
  if (minute === 24 * 60) return day.plus({ days: 1 }).startOf('day').toMillis();
  // A time that does not exist (inside a spring-forward gap) is moved forward by luxon, the way a
  // wall clock jumps; an ambiguous autumn time takes its first occurrence.
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 }).toMillis();
}

/** Open intervals [start, end) in real milliseconds, in order, from the local day containing `fromMs`. */
function* openIntervals(fromMs: number, c: Compiled): Generator<[number, number]> {
  let day = DateTime.fromMillis(fromMs, { zone: c.zone }).startOf('day');
  let closedRun = 0;
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
    const ranges = c.holidays.has(day.toISODate()!) ? [] : c.week[day.weekday];
    if (ranges.length === 0) {
      if (++closedRun > MAX_CLOSED_DAYS) {
        throw new BusinessHoursError([`no open time in ${MAX_CLOSED_DAYS} consecutive days (holidays cover every opening?)`]);
      }
    } else {
      closedRun = 0;
      for (const [s, e] of ranges) yield [instant(day, s), instant(day, e)];
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  throw new RangeError(`SLA deadline lies more than ${Math.floor(MAX_SCAN_DAYS / 366)} years ahead`);
}

/**
 * The instant at which `minutes` of open time have elapsed since `start`. When the count runs out
 * exactly at a closing time, the closing time is the answer (not the next opening).
 */
export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative number, got ${minutes}`);
  const c = compile(hours);
  const from = start.getTime();
  if (minutes === 0) return new Date(from);
  let remaining = minutes * MINUTE_MS;
  for (const [s, e] of openIntervals(from, c)) {
    if (e <= from) continue;
    const begin = Math.max(s, from);
    if (remaining <= e - begin) return new Date(begin + remaining);
    remaining -= e - begin;
  }
  /* c8 ignore next */
  throw new Error('unreachable: openIntervals ends by throwing');
}

/**
 * Open minutes between two instants; negative when `b` is before `a`. Not rounded, so that
 * addBusinessMinutes(a, businessMinutesBetween(a, b)) lands back on b when b is within open time.
 */
export function businessMinutesBetween(a: Date, b: Date, hours: BusinessHours): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessMinutesBetween(b, a, hours);
  const c = compile(hours);
  let total = 0;
  for (const [s, e] of openIntervals(from, c)) {
    if (s >= to) break;
    const overlap = Math.min(e, to) - Math.max(s, from);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE_MS;
}

/** Both deadlines count from reception: a late first answer does not extend the resolution promise. */
export function slaDue(receivedAt: Date, policy: SlaPolicy, hours: BusinessHours): { firstResponseDue: Date; resolutionDue: Date } {
  const add = (m: number) =>
    policy.businessHoursOnly ? addBusinessMinutes(receivedAt, m, hours) : plainAdd(receivedAt, m);
  return { firstResponseDue: add(policy.firstResponseMinutes), resolutionDue: add(policy.resolutionMinutes) };
}

function plainAdd(start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative number, got ${minutes}`);
  return new Date(start.getTime() + minutes * MINUTE_MS);
}

/**
 * Where a clock stands. The warning window is wall-clock minutes before the deadline: it tells
 * the inbox to raise a conversation, and over a weekend that is early, which is harmless.
 */
export function slaState(input: { due: Date | null; doneAt: Date | null; now: Date; warnBeforeMinutes?: number }): SlaState {
  const { due, doneAt, now, warnBeforeMinutes = 0 } = input;
  if (!due) return 'none';
  if (doneAt) return doneAt.getTime() <= due.getTime() ? 'met' : 'breached';
  if (now.getTime() > due.getTime()) return 'breached';
  if (warnBeforeMinutes > 0 && now.getTime() >= due.getTime() - warnBeforeMinutes * MINUTE_MS) return 'at_risk';
  return 'running';
}
