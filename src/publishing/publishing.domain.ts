// Scheduling in the entity's own time zone, and the warnings a calendar gives before a post
// goes out: two posts too close on one channel, a post inside a freeze, a language the channel
// does not use. Pure.
import { DateTime } from 'luxon';

export class ScheduleError extends Error {}

/**
 * A time written as the writer sees it ("2026-12-01T09:00" in Europe/Paris) to an instant. A time
 * with an explicit offset or Z is taken as is. A local time inside a spring-forward gap moves forward,
 * as a wall clock does.
 */
export function toInstant(value: string, timezone: string): Date {
  const explicit = /([zZ]|[+-]\d\d:?\d\d)$/.test(value);
  const dt = explicit ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone: timezone });
  if (!dt.isValid) throw new ScheduleError(`"${value}" is not a date and time (${dt.invalidExplanation ?? dt.invalidReason})`);
  return dt.toJSDate();
}

export function toLocal(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

export interface PlannedVariant {
  postId: number;
  channelId: string;
  at: Date;
  lang: string | null;
}

export interface ChannelFacts {
  id: string;
  name: string;
  lang: string[];
  departmentId: string;
}

export type ConflictKind = 'too_close' | 'frozen' | 'language';

export interface Conflict {
  kind: ConflictKind;
  channelId: string;
  otherPostId?: number;
  message: { fr: string; en: string };
}

export function conflictsFor(
  post: { id: number; at: Date; lang: string | null; channelIds: string[] },
  others: PlannedVariant[],
  channels: Map<string, ChannelFacts>,
  opts: { minGapMinutes: number; frozen: (departmentId: string, at: Date) => boolean },
): Conflict[] {
  const out: Conflict[] = [];
  const gap = opts.minGapMinutes * 60_000;
  for (const channelId of post.channelIds) {
    const ch = channels.get(channelId);
    if (!ch) continue;
    for (const o of others) {
      if (o.postId === post.id || o.channelId !== channelId) continue;
      const minutes = Math.round(Math.abs(o.at.getTime() - post.at.getTime()) / 60_000);
      if (minutes * 60_000 < gap) {
        out.push({
          kind: 'too_close',
          channelId,
          otherPostId: o.postId,
          message: {
            fr: `Une autre publication part sur « ${ch.name} » à ${minutes} min d’écart (minimum ${opts.minGapMinutes} min).`,
            en: `Another post goes out on "${ch.name}" ${minutes} min apart (minimum ${opts.minGapMinutes} min).`,
          },
        });
      }
    }
    if (opts.frozen(ch.departmentId, post.at)) {
      out.push({
        kind: 'frozen',
        channelId,
        message: { fr: `« ${ch.name} » est sous gel de crise à cette heure-là.`, en: `"${ch.name}" is under a crisis freeze at that time.` },
      });
    }
    if (post.lang && post.lang !== 'other' && !ch.lang.includes(post.lang)) {
      out.push({
        kind: 'language',
        channelId,
        message: {
          fr: `« ${ch.name} » ne publie pas en ${post.lang} (langues : ${ch.lang.join(', ')}).`,
          en: `"${ch.name}" does not publish in ${post.lang} (languages: ${ch.lang.join(', ')}).`,
        },
      });
    }
  }
  return out;
}
