// Language of a message: French, English or other. Most posts settle on their function words
// alone (cheap, and exact on the words that decide it); the rest go to eld, whose n-gram model is
// the most accurate we measured on short posts but costs most of the time budget per message.
import { eld } from 'eld/small';
import { BREAK, type AnalysedText } from './text.ts';

export type Lang = 'fr' | 'en' | 'other';

export interface LanguageGuess {
  lang: Lang;
  /** 'words' when function words decided, 'eld' when the n-gram model did, 'none' without text. */
  method: 'words' | 'eld' | 'none';
}

// Function words vote: a strong word counts 1, a weak one (shared with a neighbouring language)
// counts half. Strong words are rare in the languages French and English are most often confused
// with (Spanish, Italian, Catalan, Portuguese, German, Dutch); a single word typical of one of
// those sends the text to eld, so the shortcut never decides for a third language's text.
const FRENCH = weights(
  'je j nous vous ils elle elles est sont suis etes ai avons avez ont etait qu n une au aux ce cette ces et tres ' +
    'pour avec dans sur leur votre mon tes ses moi toi etre avoir fait faire tout tous rien merci bonjour bonsoir ' +
    'salut svp stp mdr ptdr oui ca deja aussi encore toujours jamais depuis chez quand comment pourquoi quoi parce ' +
    'sans vers apres avant peut veux faut pas cest jai',
  'le la les de des du l d un en par se sa son qui que ne c lui mais mes nos vos ton ma ou plus',
);
const ENGLISH = weights(
  'the and are were you your it that this for with have has had my they what why how can would could should ' +
    'please thanks thank thx not dont doesnt didnt cant wont isnt be been from at just get got but does did all ' +
    'any there their our about if yes hi hello hey lol when where who which im ive youre its weve theyre',
  'to in is i of we so was will an do as by up out one',
);
const ELSEWHERE = new Set(
  ('el los las por una muy pero para del esta eso esto porque tengo hay gracias hola mi todavia pedido ' +
    'di che sono della gli grazie buongiorno perche ancora questo molto anche io ' +
    'amb els molt gracies perque aquest nao obrigado obrigada voce muito ainda ' +
    'der und ist nicht ich mit das ein eine noch auf sie wir het een niet ik nog zijn').split(' '),
);

function weights(strong: string, weak: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of weak.split(' ')) m.set(w, 0.5);
  for (const w of strong.split(' ')) m.set(w, 1);
  return m;
}

const detector = eld.newInstance();

// URLs and handles are noise to an n-gram model (and mostly English-looking).
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\w]+/g;

/** Scores from eld below this share of the best are not worth preferring over "other". */
const OTHER_MARGIN = 0.04;

export function detectLanguage(a: AnalysedText): LanguageGuess {
  let fr = 0;
  let en = 0;
  let content = 0;
  let elsewhere = false;
  for (const w of a.words) {
    if (w === BREAK || w.charCodeAt(0) === 64) continue;
    content++;
    const f = FRENCH.get(w);
    if (f !== undefined) { fr += f; continue; }
    const e = ENGLISH.get(w);
    if (e !== undefined) { en += e; continue; }
    if (ELSEWHERE.has(w)) elsewhere = true;
  }
  if (!elsewhere) {
    if (fr >= 2 && fr >= 3 * en) return { lang: 'fr', method: 'words' };
    if (en >= 2 && en >= 3 * fr) return { lang: 'en', method: 'words' };
  }
  if (a.letters < 2 || content === 0) return { lang: 'other', method: 'none' };

  const cleaned = a.text.indexOf('@') >= 0 || a.text.indexOf('#') >= 0 || a.urls > 0 ? a.text.replace(NOISE, ' ') : a.text;
  const result = detector.detect(cleaned);
  const top = result.language;
  if (top === 'fr' || top === 'en') {
    // A one-word post that eld cannot judge still gets the function-word vote when there is one.
    if (!result.isReliable() && fr !== en) return { lang: fr > en ? 'fr' : 'en', method: 'words' };
    return { lang: top, method: 'eld' };
  }
  if (fr !== en && !elsewhere && Math.max(fr, en) >= 1) return { lang: fr > en ? 'fr' : 'en', method: 'words' };
  if (top === '') return { lang: 'other', method: 'eld' };
  // eld names another language: keep it only when it clearly beats French and English, since
  // short French and English posts often score a near neighbour (Catalan, Italian) first.
  const scores = result.getScores();
  const best = scores[top] ?? 0;
  const frScore = scores.fr ?? 0;
  const enScore = scores.en ?? 0;
  const runnerUp = Math.max(frScore, enScore);
  if (runnerUp > 0 && (!result.isReliable() || best - runnerUp <= OTHER_MARGIN)) {
    return { lang: frScore >= enScore ? 'fr' : 'en', method: 'eld' };
  }
  return { lang: 'other', method: 'eld' };
}
