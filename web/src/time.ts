// Times relative to now, in the words of the interface ("dans 2 h", "il y a 3 j"), and a clock
// that re-renders a list now and then so those words stay true while the page stays open.
import { useEffect, useState } from 'react';
import type { Key, Vars } from './i18n/index.ts';

type T = (key: Key, vars?: Vars) => string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A length of time in one whole unit, rounded to the nearest: "5 min", "2 h", "3 j" / "3 d". */
export function duration(t: T, ms: number): string {
  const abs = Math.max(Math.abs(ms), MINUTE);
  return abs < HOUR ? t('time.minutes', { n: Math.round(abs / MINUTE) }) : abs < 2 * DAY ? t('time.hours', { n: Math.round(abs / HOUR) }) : t('time.days', { n: Math.round(abs / DAY) });
}

/** "dans 2 h" / "in 2 h", "il y a 5 min" / "5 min ago". */
export function relativeTime(t: T, iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  if (Math.abs(diff) < MINUTE) return t('time.now');
  return t(diff > 0 ? 'time.in' : 'time.ago', { amount: duration(t, diff) });
}

/** The current time, updated every `everyMs`. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
