// English sentiment: the AFINN-165 word list and emoji ranking shipped by the `sentiment` package,
// corrected where AFINN's general-purpose scores mislead on messages to companies ("customer
// care", "please help", "this is a joke"), plus the negators and intensifiers the scorer applies.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** AFINN-165 scores, -5 to +5, keyed by word or by space-separated expression. */
export const AFINN: Readonly<Record<string, number>> = require('sentiment/languages/en/labels.json');

/** Emoji Sentiment Ranking scores as shipped with `sentiment`, -3 to +3. */
export const EMOJI_RANKING: Readonly<Record<string, number>> = require('sentiment/build/emoji.json');

export const EN_OVERRIDES: Readonly<Record<string, number>> = {
  // Service vocabulary that AFINN reads as praise.
  like: 1, please: 0, help: 0, care: 0, support: 0, free: 0, kind: 0, want: 0, hope: 1, charged: -1, lost: -2,
  pretty: 0, yeah: 0, joke: -1, lol: 1, well: 0, god: 0, fire: -2, no: 0, true: 0,
  // Complaint vocabulary AFINN lacks.
  useless: -2, unacceptable: -3, ridiculous: -3, smh: -2, ugh: -2, meh: -1, waiting: -1, delayed: -2, delay: -1,
  unusable: -2, rubbish: -3, garbage: -3, trash: -3, scam: -3, scammed: -3, ripoff: -3, overcharged: -2,
  outage: -2, down: 0, slow: -1, broken: -2, crashed: -2, crashes: -2, crash: -2, glitch: -1, buggy: -2,
  nightmare: -3, shambles: -3, incompetent: -3, disgraceful: -3, appalling: -3, unprofessional: -2,
  rude: -2, ignored: -2, ignoring: -2, unreliable: -2, worse: -2, poor: -2, sucks: -3, sucked: -3,
  frustrating: -2, annoying: -2, terrible: -3, horrible: -3, awful: -3, disgusting: -3, pathetic: -3,
  refund: 0, cancelled: -1, canceled: -1, missing: -1, stuck: -1, wrong: -2, never: 0,
  // Praise vocabulary AFINN lacks or underweights.
  awesome: 4, amazing: 4, brilliant: 4, excellent: 4, perfect: 3, great: 3, love: 3, loved: 3, loving: 3,
  helpful: 2, quick: 1, quickly: 1, fast: 1, smooth: 2, resolved: 2, sorted: 2, fixed: 2, legend: 3, legends: 3,
  kudos: 3, props: 2, shoutout: 2, grateful: 3, thankful: 3, impressed: 3, recommend: 2, 'well done': 3,
  'not working': -2, 'does not work': -2, 'doesnt work': -2, 'not happy': -3, 'no one': -1, 'nobody': -1,
  'still waiting': -2, 'customer service': 0, 'customer care': 0, 'thank you': 2, 'thanks a lot': 3,
};

export const EN_NEGATORS = [
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'wont', 'wouldnt', 'shouldnt', 'couldnt',
  'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'aint', 'without', 'nothing', 'nobody', 'neither',
  'nor', 'hardly', 'lack', 'lacking',
];

export const EN_INTENSIFIERS: ReadonlyArray<readonly [number, string]> = [
  [1.8, 'extremely incredibly absolutely totally completely utterly fucking freaking super so_so really_really'],
  [1.5, 'never_been_so never_been_this never_been_more very really so too truly especially particularly seriously insanely highly hugely deeply such most'],
  [0.6, 'slightly somewhat kinda kind_of sort_of bit a_bit little a_little barely fairly rather quite'],
];

export const EN_CONTRASTS = ['but', 'however', 'although', 'though', 'except'];

/** Emoticons and the emoji whose meaning in complaints differs from the general ranking. */
export const EMOTICON_SCORES: Readonly<Record<string, number>> = {
  ':)': 2, ';)': 1, ':P': 1, ':*': 2, '<3': 3, ':(': -2, ":'(": -2, ':/': -1, ';(': -2, ';/': -1,
  '😡': -3, '🤬': -3, '😠': -2, '👎': -2, '💩': -2, '🤮': -3, '🤢': -2, '🙄': -2, '😤': -2, '😞': -2, '😢': -2,
  '😩': -2, '😫': -2, '🤦': -1, '😒': -2, '😑': -1, '😐': -1, '😕': -1, '😟': -2, '😰': -2, '😱': -2, '💔': -2,
  '👍': 2, '👌': 2, '👏': 2, '🙏': 1, '😍': 3, '🥰': 3, '😊': 2, '🙂': 1, '😃': 2, '😄': 2, '😁': 2, '🤩': 3,
  '❤': 3, '💯': 1, '🔥': 1, '😂': 1, '🤣': 1, '😭': -1, '😅': 0, '⚠': -1,
};
