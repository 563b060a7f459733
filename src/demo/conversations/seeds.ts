// The shape of the demo organisation's conversations before they get an author, a date and an id:
// what was written, where, and the label a person would give it.
import { DEMO_ENTITIES } from '../demo.org.ts';

export type DemoChannel = 'twitter-fr' | 'facebook-fr' | 'instagram' | 'twitter-ca' | 'careers' | 'press-inbox';
export type DemoDepartment = 'customer_service' | 'hr' | 'rnd' | 'communication' | 'marketing' | 'legal' | 'other';
export type DemoEntityKey = 'fr' | 'services' | 'ca';
export type DemoLang = 'fr' | 'en';
export type DemoIntent = 'complaint' | 'question' | 'job' | 'idea' | 'press' | 'praise' | 'crisis' | 'spam' | 'other';

/** Stories that make several people write within a few days (see demo.conversations.ts). */
export type DemoStory = 'mothers-day-ad' | 'nova-overheating' | 'charger-recall';

export interface DemoAuthor {
  handle: string;
  name: string;
  followers?: number;
}

/** Who wrote a message: a recurring person's key (see authors.ts), a given author, or left to the pool. */
export type AuthorRef = string | DemoAuthor;

export interface FollowUp {
  /** Hours after the first message (the actual delay varies a little around it). */
  after: number;
  text: string;
  intent?: DemoIntent;
  department?: DemoDepartment;
  lang?: DemoLang;
  /** Same author as the first message unless told; '?' is someone else from the pool. */
  by?: AuthorRef;
}

export interface Seed {
  channel: DemoChannel;
  lang: DemoLang;
  text: string;
  intent: DemoIntent;
  department: DemoDepartment;
  /** The entity whose department owns the conversation. */
  entity: DemoEntityKey;
  /** Written from Canada (picks Canadian authors and the Toronto clock), whoever owns it. */
  canadian: boolean;
  by?: AuthorRef;
  story?: DemoStory;
  followUps: FollowUp[];
}

export interface SeedOptions {
  /** Entity written to (default: 'ca' on twitter-ca, 'fr' elsewhere). */
  e?: DemoEntityKey;
  /** Department, when not the default of the list. */
  d?: DemoDepartment;
  /** Intent, when not the default of the list. */
  i?: DemoIntent;
  by?: AuthorRef;
  /** Part of a story: written in the days after it broke. */
  s?: DemoStory;
  re?: FollowUp[];
}

export type SeedRow = readonly [DemoChannel, DemoLang, string, SeedOptions?];

const DEPARTMENTS_OF = new Map(DEMO_ENTITIES.map((e) => [e.key, new Set<string>(e.departments)]));

/**
 * The entity that owns a conversation about a department: the one written to when it has that
 * department, otherwise the head office (Canada has no R&D or press office of its own).
 */
export function owningEntity(entity: DemoEntityKey, department: DemoDepartment): DemoEntityKey {
  if (department === 'other') return entity;
  return DEPARTMENTS_OF.get(entity)?.has(department) ? entity : 'fr';
}

export function seeds(intent: DemoIntent, department: DemoDepartment, rows: readonly SeedRow[]): Seed[] {
  return rows.map(([channel, lang, text, o = {}]) => {
    const writtenTo: DemoEntityKey = o.e ?? (channel === 'twitter-ca' ? 'ca' : 'fr');
    const dept = o.d ?? department;
    return {
      channel,
      lang,
      text,
      intent: o.i ?? intent,
      department: dept,
      entity: owningEntity(writtenTo, dept),
      canadian: writtenTo === 'ca',
      by: o.by,
      story: o.s,
      followUps: o.re ?? [],
    };
  });
}
