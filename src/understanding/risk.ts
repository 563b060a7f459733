// How much a message could hurt if left alone, 0 to 100, as a sum of named parts so the inbox can
// say why: how negative it is, what it is (a crisis first, then press and complaints), the crisis
// vocabulary it uses (safety, legal threats, reputation), how loud it is, and how far the author's
// voice carries. Reach multiplies what is already there: praise from a large account is no risk.
import type { AnalysedText } from './text.ts';
import type { Intent } from './intent.ts';
import { PatternSet } from './patterns.ts';

export type RiskFactorName = 'negativity' | 'intent' | 'terms' | 'intensity' | 'reach';

export interface RiskFactor {
  factor: RiskFactorName;
  points: number;
  /** What triggered it, for people: the intent, the terms found, the audience size. */
  detail?: string;
}

export interface RiskResult {
  risk: number;
  factors: RiskFactor[];
}

export const RISK_CATEGORIES = ['safety', 'legal', 'reputation'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

const TERMS = new PatternSet()
  .add(0, 1, `blesse*, blessure*, injur*, hurt, brule*, burn*, intoxi*, empoisonn*, poisoning, malade*, sick,
    hopital, hospital, urgences, emergency, incendie*, feu, fire, explos*, fumee, smoke, danger*, unsafe, hazard*,
    electrocut*, toxique, toxic, contamin*, allergi*, anaphyla*, mort, morts, death, dead, died, deces, accident*,
    fuite de gaz, gas leak, suicide, me tuer, kill myself, menace* de mort, death threat*, agression*, assault*,
    salmonell*, listeria, securite, safety, recall, rappel de produit*`)
  .add(1, 1, `avocat*, lawyer*, attorney*, plainte, porter plainte, mise en demeure, tribunal, tribunaux, proces,
    justice, lawsuit*, sue, suing, court, class action, action collective, ufc que choisir, dgccrf, cnil, 60 millions,
    consumer protection, illegal*, illegal, fraude*, fraud*, escroquerie*, rgpd, gdpr, huissier*, prudhom*, police,
    gendarmerie, signalement, report you`)
  .add(2, 1, `boycott*, scandal*, honte, shame*, shameful, bad buzz, viral, rt si, retweet, partagez,
    share this, spread the word, journaliste*, journalist*, temoignage*, discrimination*,
    racis*, sexis*, harcelement*, harass*, greenwashing, mensonge*, lying, liars, arnaque*, scam*, data breach,
    fuite de donnees, piratage, hacked, leak*`);

/** Category points: the first term of a category counts most, more terms add less. */
const TERM_POINTS: Readonly<Record<RiskCategory, [number, number]>> = {
  safety: [25, 8],
  legal: [20, 6],
  reputation: [12, 5],
};
const TERMS_CAP = 40;

const INTENT_POINTS: Partial<Record<Intent, number>> = { crisis: 35, press: 18, complaint: 14, spam: 2 };
const NEGATIVITY_MAX = 25;
const INTENSITY_MAX = 6;
/** Followers at which reach reaches its full weight (log scale from 1). */
const FULL_REACH_FOLLOWERS = 1_000_000;
/** At full reach the rest of the risk counts this much more. */
const REACH_GAIN = 0.6;

export interface RiskInput {
  text: AnalysedText;
  sentimentScore: number;
  intent: Intent;
  authorFollowers?: number;
}

export function assessRisk({ text, sentimentScore, intent, authorFollowers }: RiskInput): RiskResult {
  const factors: RiskFactor[] = [];
  let base = 0;

  const negativity = Math.round(Math.max(0, -sentimentScore) * NEGATIVITY_MAX);
  if (negativity > 0) {
    factors.push({ factor: 'negativity', points: negativity });
    base += negativity;
  }

  const intentPoints = INTENT_POINTS[intent] ?? 0;
  if (intentPoints > 0) {
    factors.push({ factor: 'intent', points: intentPoints, detail: intent });
    base += intentPoints;
  }

  // Terms as written in the message; a term inside a longer one found first ("plainte" in
  // "porter plainte") does not count twice.
  const found: string[][] = RISK_CATEGORIES.map(() => []);
  const spans: number[][] = RISK_CATEGORIES.map(() => []);
  TERMS.scan(text.words, (p, start, end) => {
    const taken = spans[p.group];
    for (let k = 0; k < taken.length; k += 2) if (start >= taken[k] && end <= taken[k + 1]) return;
    taken.push(start, end);
    found[p.group].push(text.words.slice(start, end).join(' '));
  });
  let termPoints = 0;
  const details: string[] = [];
  RISK_CATEGORIES.forEach((category, k) => {
    const terms = found[k];
    if (terms.length === 0) return;
    const [first, more] = TERM_POINTS[category];
    termPoints += first + more * (terms.length - 1);
    details.push(`${category}: ${terms.join(', ')}`);
  });
  termPoints = Math.min(TERMS_CAP, termPoints);
  if (termPoints > 0) {
    factors.push({ factor: 'terms', points: termPoints, detail: details.join('; ') });
    base += termPoints;
  }

  // Capitals and exclamation marks only matter when something is already wrong.
  if (base > 0) {
    const intensity = Math.min(INTENSITY_MAX, 2 * Math.min(text.shouted, 2) + Math.min(text.exclamations, 2));
    if (intensity > 0) {
      factors.push({ factor: 'intensity', points: intensity });
      base += intensity;
    }
  }
  base = Math.min(100, base);

  if (base > 0 && authorFollowers !== undefined && authorFollowers > 0) {
    const share = Math.min(1, Math.log10(1 + authorFollowers) / Math.log10(1 + FULL_REACH_FOLLOWERS));
    const reach = Math.min(100 - base, Math.round(base * REACH_GAIN * share));
    if (reach > 0) {
      factors.push({ factor: 'reach', points: reach, detail: `${authorFollowers} followers` });
      base += reach;
    }
  }
  return { risk: Math.round(base), factors };
}
