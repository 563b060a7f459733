// The demo organisation's public conversations: a few hundred messages written the way people
// write to a retailer (typos, irony, capitals, emoji, threads that chase an answer), in French and
// English, spread over the last 30 days with more on weekdays and in daytime. The same `now` always
// gives the same items; an item keeps its id, author and text whatever `now` is.
import { COMPLAINTS } from './conversations/complaints.ts';
import { QUESTIONS } from './conversations/questions.ts';
import { JOB_POSTS } from './conversations/jobs.ts';
import { IDEAS } from './conversations/ideas.ts';
import { PRESS } from './conversations/press.ts';
import { PRAISE } from './conversations/praise.ts';
import { CRISES } from './conversations/crisis.ts';
import { SPAM } from './conversations/spam.ts';
import { OTHER } from './conversations/other.ts';
import { RECURRING, hash, mailAuthor, mulberry32, poolAuthor, type Region } from './conversations/authors.ts';
import {
  owningEntity, type AuthorRef, type DemoAuthor, type DemoChannel, type DemoDepartment, type DemoEntityKey,
  type DemoLang, type DemoStory, type Seed,
} from './conversations/seeds.ts';

export type { DemoChannel, DemoDepartment, DemoEntityKey, DemoLang };
export { mulberry32 };

export interface DemoItem {
  /** Demo channel key. */
  channel: DemoChannel;
  /** Stable and unique, e.g. 'demo-0001'. */
  externalId: string;
  author: { handle: string; name: string; followers?: number };
  text: string;
  url?: string;
  /** ISO 8601. */
  createdAt: string;
  /** externalId of an earlier item in the same channel: the first message of the thread. */
  inReplyTo?: string;
  /**
   * What a person reading the message would say it is. `entity` is the entity whose department owns
   * it: the one written to, or the head office when that one has no such department.
   */
  expected: {
    intent: string;
    department: DemoDepartment;
    entity: DemoEntityKey;
    lang: DemoLang;
  };
}

/** Every conversation in a fixed order; ids follow it, so adding a message at the end moves no id. */
const SEEDS: readonly Seed[] = [...COMPLAINTS, ...QUESTIONS, ...JOB_POSTS, ...IDEAS, ...PRESS, ...PRAISE, ...CRISES, ...SPAM, ...OTHER];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_WINDOW_DAYS = 30;

/** When each story broke (days before `now`) and over how many hours most of its messages came. */
const STORIES: Record<DemoStory, { daysAgo: number; hours: number }> = {
  'charger-recall': { daysAgo: 17, hours: 100 },
  'mothers-day-ad': { daysAgo: 9, hours: 30 },
  'nova-overheating': { daysAgo: 4, hours: 40 },
};

// How likely someone is to write at a given local time: weekdays and daytime, a little in the evening.
const WEEKDAY_WEIGHT: Record<string, number> = { Mon: 1, Tue: 1, Wed: 0.95, Thu: 1, Fri: 0.9, Sat: 0.55, Sun: 0.4 };
const HOUR_WEIGHT = [0.08, 0.05, 0.03, 0.03, 0.03, 0.05, 0.15, 0.35, 0.7, 0.95, 1, 1, 0.85, 0.9, 1, 1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.6, 0.4, 0.2];

const clocks = new Map<string, Intl.DateTimeFormat>();
function localTime(ms: number, timeZone: string): { weekday: string; hour: number } {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    clocks.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  return {
    weekday: parts.find((p) => p.type === 'weekday')!.value,
    hour: Number(parts.find((p) => p.type === 'hour')!.value) % 24,
  };
}

function likelihood(ms: number, seed: Seed): number {
  if (seed.intent === 'spam') return 0.7; // bots keep no office hours
  const { weekday, hour } = localTime(ms, seed.canadian ? 'America/Toronto' : 'Europe/Paris');
  const office = seed.channel === 'press-inbox' || seed.channel === 'careers';
  const day = WEEKDAY_WEIGHT[weekday] * (office && (weekday === 'Sat' || weekday === 'Sun') ? 0.4 : 1);
  return day * HOUR_WEIGHT[hour];
}

/** A time for a first message, between `from` and `to`, drawn by the clock of its writer. */
function firstMessageTime(seed: Seed, from: number, to: number, nowMs: number, r: () => number): number {
  const story = seed.story && STORIES[seed.story];
  for (let attempt = 0; attempt < 400; attempt++) {
    let t: number;
    if (story && attempt < 300) {
      // Most messages come soon after a story breaks, then fewer and fewer.
      t = nowMs - story.daysAgo * DAY - 4 * HOUR + -Math.log(Math.max(r(), 1e-9)) * story.hours * HOUR * 0.6;
    } else {
      t = from + r() * (to - from);
    }
    if (t < from || t > to) continue;
    if (r() < likelihood(t, seed)) return t;
  }
  return from + r() * (to - from);
}

function resolveAuthor(ref: AuthorRef | undefined, seed: Seed, r: () => number): DemoAuthor {
  if (typeof ref === 'object') return ref;
  if (ref && ref !== '?') {
    const known = RECURRING[ref];
    if (!known) throw new Error(`Unknown demo author: ${ref}`);
    return known;
  }
  const region: Region = seed.canadian ? (seed.lang === 'fr' ? 'ca-fr' : 'ca-en') : seed.lang;
  return seed.channel === 'press-inbox' ? mailAuthor(region, r) : poolAuthor(region, seed.channel, r);
}

function digits(n: number, r: () => number): string {
  let s = String(1 + Math.floor(r() * 9));
  while (s.length < n) s += String(Math.floor(r() * 10));
  return s;
}

const SHORTCODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function urlFor(channel: DemoChannel, author: DemoAuthor, r: () => number): string | undefined {
  switch (channel) {
    case 'twitter-fr':
    case 'twitter-ca':
      return `https://x.example/${author.handle}/status/${digits(19, r)}`;
    case 'facebook-fr':
      return `https://facebook.example/MaisonLumiere/posts/${digits(16, r)}`;
    case 'instagram':
      return `https://instagram.example/p/${Array.from({ length: 11 }, () => SHORTCODE[Math.floor(r() * 64)]).join('')}`;
    case 'careers':
      return `https://careers.example/maison-lumiere/posts/${digits(10, r)}`;
    case 'press-inbox':
      return undefined;
  }
}

function item(
  channel: DemoChannel, externalId: string, author: DemoAuthor, text: string, at: number,
  expected: DemoItem['expected'], r: () => number, inReplyTo?: string,
): DemoItem {
  const url = urlFor(channel, author, r);
  return {
    channel,
    externalId,
    author: { ...author },
    text,
    ...(url ? { url } : {}),
    createdAt: new Date(at).toISOString(),
    ...(inReplyTo ? { inReplyTo } : {}),
    expected,
  };
}

/** The demo conversations as of `now`, oldest first. */
export function demoConversations(now: Date): DemoItem[] {
  const nowMs = now.getTime();
  const start = nowMs - DEMO_WINDOW_DAYS * DAY;
  const items: DemoItem[] = [];
  let n = 0;
  const nextId = () => `demo-${String(++n).padStart(4, '0')}`;

  for (const seed of SEEDS) {
    const id = nextId();
    const r = mulberry32(hash(id));
    const author = resolveAuthor(seed.by, seed, r);
    // Leave room before `now` for the thread's follow-ups.
    const longest = Math.max(0, ...seed.followUps.map((f) => f.after));
    const latest = nowMs - longest * 1.3 * HOUR - 10 * 60_000;
    const at = firstMessageTime(seed, start + 10 * 60_000, latest, nowMs, r);
    items.push(item(seed.channel, id, author, seed.text, at,
      { intent: seed.intent, department: seed.department, entity: seed.entity, lang: seed.lang }, r));

    for (const f of seed.followUps) {
      const replyId = nextId();
      const fr = mulberry32(hash(replyId));
      const replyAuthor = f.by === undefined ? author : resolveAuthor(f.by, seed, fr);
      const department = f.department ?? seed.department;
      const entity = f.department ? owningEntity(seed.canadian ? 'ca' : seed.entity, department) : seed.entity;
      const replyAt = at + f.after * (0.85 + 0.45 * fr()) * HOUR;
      items.push(item(seed.channel, replyId, replyAuthor, f.text, replyAt,
        { intent: f.intent ?? seed.intent, department, entity, lang: f.lang ?? seed.lang }, fr, id));
    }
  }
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.externalId.localeCompare(b.externalId));
}
