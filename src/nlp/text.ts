// Text normalisation and tokenisation shared by training and prediction.
// Both sides must see exactly the same tokens, so everything here is pure and deterministic.

/** Lowercase and fold accents so "Réclamation", "reclamation" and "RÉCLAMATION" meet. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Ligatures and typographic quotes that NFD leaves alone but people type interchangeably.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}

// Emoticons carry most of the sentiment of short posts; map them to stable tokens before
// punctuation is split, otherwise ":)" and ":-)" would dissolve into noise.
const EMOTICONS: Array<[RegExp, string]> = [
  [/(?:^|\s)(?:[:;=8x]-?[)\]dp]+|\^\^|\^_\^|<3+)(?=\s|$)/gi, ' _emo_pos_ '],
  [/(?:^|\s)(?:[:;=]'?-?[(\[/\\|]+|d-?:|:'\()(?=\s|$)/gi, ' _emo_neg_ '],
];

const URL_RE = /\b(?:https?:\/\/|www\.)\S*|\bhttps?\b/g;
const USER_RE = /@\w+/g;
// Pictographs (emoji) are kept as tokens of their own.
const EMOJI_RE = /(\p{Extended_Pictographic})/gu;
const TOKEN_RE = /_emo_(?:pos|neg)_|_url_|_user_|\p{Extended_Pictographic}|[\p{L}\p{N}]+|[!?]/gu;

/**
 * Words of a text, folded. Elided articles ("l'", "j'", "qu'") split off, English "n't" becomes
 * "not" so negation is seen the same way in both languages, digit runs become "0" because
 * amounts and dates rarely say which department a message belongs to.
 */
export function tokenize(text: string): string[] {
  let s = foldText(text);
  s = s.replace(URL_RE, ' _url_ ').replace(USER_RE, ' _user_ ');
  for (const [re, tok] of EMOTICONS) s = s.replace(re, tok);
  s = s.replace(EMOJI_RE, ' $1 ').replace(/n't\b/g, ' not').replace(/'/g, ' ');
  const out: string[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const t = m[0];
    out.push(/^\d+$/.test(t) ? '0' : t);
  }
  return out;
}

// Cues that reverse the meaning of what follows, French and English. "n" is the elided "ne".
const NEGATION_CUES = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'cannot', 'without',
  'ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guere', 'nul', 'nulle',
]);
const NEGATION_SPAN = 3;

/**
 * Tokens that follow a negation cue, marked ("neg_content"), so "pas content" and "content"
 * are different features. They are added to, not substituted for, the plain words.
 */
export function negatedTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let left = 0;
  for (const t of tokens) {
    if (NEGATION_CUES.has(t)) {
      left = NEGATION_SPAN;
      continue;
    }
    if (t === '!' || t === '?') {
      left = 0;
      continue;
    }
    if (left > 0) {
      out.push('neg_' + t);
      left--;
    }
  }
  return out;
}
