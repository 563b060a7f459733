// The built-in intent model: its features, the fast scoring path against the plain one, training on
// a small fixture, the combination with the rules, the shipped file, and French and English
// messages through understand(). Also checks that the demo conversations stay held out: they are
// what the model is measured on (npm run bench:understanding), so none may be a training example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseText, BREAK } from '../../src/understanding/text.ts';
import {
  INTENT_FEATURES, START, charHashes, intentHashes, pairHash, sentimentBands, surfaceMarks, wordHash,
} from '../../src/understanding/intent-features.ts';
import { INTENT_MODEL_URL, IntentModel, builtinIntentModel, intentVector } from '../../src/understanding/intent-model.ts';
import { buildBuiltinIntentModel, signalsOf, trainIntentModel, INTENT_TRAINING } from '../../src/understanding/intent-training.ts';
import { combineIntent } from '../../src/understanding/intent-combined.ts';
import { classifyIntent, INTENTS } from '../../src/understanding/intent.ts';
import { INTENT_EXAMPLES } from '../../src/understanding/training/index.ts';
import { BuiltinUnderstander, BUILTIN_MODEL, RULES_MODEL, understand } from '../../src/understanding/understanding.ts';
import { demoConversations } from '../../src/demo/demo.conversations.ts';
import { scoreCompact } from '../../src/nlp/weights.ts';
import { softmaxInto } from '../../src/nlp/calibration.ts';

test('features: words, pairs within a clause, a start pair, character n-grams, classes for handles and numbers', () => {
  const a = analyseText("@Acme colis perdu. Remboursez 42 €");
  const [words, pairs, chars] = intentHashes(a, INTENT_FEATURES);
  const content = a.words.filter((w) => w !== BREAK);
  assert.deepEqual(content, ['@acme', 'colis', 'perdu', 'remboursez', '42']);
  // Every handle is the same feature, and so is every number.
  assert.equal(wordHash('@acme'), wordHash('@other'));
  assert.equal(wordHash('42'), wordHash('2026'));
  assert.notEqual(wordHash('colis'), wordHash('colis!'));
  for (const w of content) assert.ok(words.includes(wordHash(w)), w);
  // "@acme colis", "colis perdu", then the clause ends: "perdu remboursez" is not a pair.
  assert.ok(pairs.includes(pairHash(START, wordHash('@acme'))));
  assert.ok(pairs.includes(pairHash(wordHash('colis'), wordHash('perdu'))));
  assert.ok(!pairs.includes(pairHash(wordHash('perdu'), wordHash('remboursez'))));
  assert.ok(pairs.includes(pairHash(wordHash('remboursez'), wordHash('42'))));
  // No character n-grams for handles and numbers; "<colis>" has 5 trigrams and 4 four-grams.
  const colis: number[] = [];
  charHashes('colis', INTENT_FEATURES, colis);
  assert.equal(colis.length, 9);
  const none: number[] = [];
  charHashes('@acme', INTENT_FEATURES, none);
  charHashes('42', INTENT_FEATURES, none);
  assert.equal(none.length, 0);
  assert.equal(chars.length, 9 + 9 + 19); // colis, perdu, remboursez
  // Same text, same features.
  assert.deepEqual(intentHashes(analyseText("@Acme colis perdu. Remboursez 42 €")), intentHashes(a));
});

test('features: surface marks and sentiment bands', () => {
  const marks = surfaceMarks(analyseText('VOUS RECRUTEZ ??? https://x.example #a #b #c !'));
  assert.equal(marks & 1, 1, 'question mark');
  assert.equal(marks & 2, 2, 'exclamation');
  assert.equal(marks & 4, 4, 'link');
  assert.equal(marks & 8, 8, 'many hashtags');
  assert.equal(marks & 16, 16, 'shouted');
  assert.equal(surfaceMarks(analyseText('bonjour')) & 32, 32, 'short text');
  assert.equal(surfaceMarks(analyseText('une phrase assez longue pour ne pas être courte')), 0);
  assert.equal(sentimentBands(-0.8), 0b0011);
  assert.equal(sentimentBands(-0.3), 0b0010);
  assert.equal(sentimentBands(0), 0);
  assert.equal(sentimentBands(0.7), 0b1100);
});

test('the shipped model scores a text as the plain vector does, with probabilities summing to 1', () => {
  const m = builtinIntentModel();
  assert.ok(m, 'src/understanding/models/intent.model.json is shipped');
  const p = new Float64Array(INTENTS.length);
  const raw = new Float64Array(m.labels.length);
  const plain = new Float64Array(m.labels.length);
  for (const text of [
    "Ma commande n'est jamais arrivée, remboursez-moi",
    'Do you have any openings for interns in Lyon?',
    'Merci pour votre aide !! 😍',
    '@a @b https://x.example/1 #promo',
    'colis colis colis. perdu',
  ]) {
    const a = analyseText(text);
    const signals = signalsOf(a);
    m.probabilities(a, p, signals);
    assert.ok(Math.abs(p.reduce((s, x) => s + x, 0) - 1) < 1e-9, text);
    scoreCompact(m.model.weights, intentVector(m.model.vocab, intentHashes(a, m.features, signals)), raw);
    softmaxInto(raw, m.model.temperature, plain);
    m.labels.forEach((label, c) => assert.ok(Math.abs(plain[c] - p[INTENTS.indexOf(label)]) < 1e-6, `${text}: ${label}`));
  }
});

const FIXTURE = [
  ...['je veux postuler', 'vous recrutez des stagiaires ?', 'candidature pour le poste de vendeur', 'offre d emploi en CDI',
    'are you hiring?', 'I would like to apply for the job', 'job application for the sales role', 'any internships this summer?']
    .map((text) => ({ text, intent: 'job' as const })),
  ...['colis jamais arrivé', 'remboursez moi', 'service client nul, toujours pas de réponse', 'produit cassé à la livraison',
    'my parcel never arrived', 'refund me now', 'worst customer service ever', 'the item arrived broken']
    .map((text) => ({ text, intent: 'complaint' as const })),
  ...['merci beaucoup, super service', 'bravo à toute l équipe', 'génial, je recommande', 'au top comme toujours',
    'thanks so much for your help', 'great job team', 'love it, highly recommend', 'amazing service as always']
    .map((text) => ({ text, intent: 'praise' as const })),
];

test('training on a small fixture: same examples, same file; each class learnt', () => {
  const settings = { ...INTENT_TRAINING, folds: 2, features: { ...INTENT_TRAINING.features, minDf: 1 } };
  const a = trainIntentModel(FIXTURE, settings);
  const b = trainIntentModel(FIXTURE, settings);
  assert.equal(JSON.stringify(a.stored), JSON.stringify(b.stored));
  assert.equal(a.outOfFold.length, FIXTURE.length);
  assert.ok(a.temperature > 0 && a.combination.modelWeight >= 0);
  const m = new IntentModel(a.stored);
  assert.deepEqual([...m.labels], ['complaint', 'job', 'praise']);
  const p = new Float64Array(INTENTS.length);
  const best = (text: string) => {
    const t = analyseText(text);
    m.probabilities(t, p, signalsOf(t));
    return INTENTS[p.indexOf(Math.max(...p))];
  };
  assert.equal(best('je voudrais postuler pour un stage'), 'job');
  assert.equal(best('are you hiring interns?'), 'job');
  assert.equal(best('colis toujours pas arrivé'), 'complaint');
  assert.equal(best('merci beaucoup pour votre aide'), 'praise');
  assert.throws(() => trainIntentModel(FIXTURE.filter((e) => e.intent === 'job'), settings), /at least 2 intents/);
});

test('a stored model of another format or tokenisation is refused', () => {
  const stored = trainIntentModel(FIXTURE, { ...INTENT_TRAINING, folds: 2 }).stored;
  assert.throws(() => new IntentModel({ ...stored, tokens: 'other-tokens/9' }), /tokens/);
  assert.throws(() => new IntentModel({ ...stored, format: 'nope' } as never), /not a built-in intent model/);
  assert.throws(() => new IntentModel({ ...stored, combination: { modelWeight: -1 } }), /combination/);
});

test('the model decides where the rules are silent, never removes a crisis the rules see', () => {
  const rules = classifyIntent(analyseText('La batterie a pris feu, mon fils est blessé'), -0.8);
  assert.equal(rules.intent, 'crisis');
  const spamOnly = Float64Array.from(INTENTS, (i) => (i === 'spam' ? 1 : 0));
  assert.equal(combineIntent(rules, spamOnly, { modelWeight: 1000 }).intent, 'crisis');
  const silent = classifyIntent(analyseText('hmm'), 0);
  assert.equal(silent.intent, 'other');
  const idea = Float64Array.from(INTENTS, (i) => (i === 'idea' ? 0.9 : 0.1 / 8));
  const combined = combineIntent(silent, idea, { modelWeight: 10 });
  assert.equal(combined.intent, 'idea');
  assert.equal(combined.scores.idea, 9);
  assert.equal(combineIntent(silent, null, { modelWeight: 10 }), silent);
});

test('the shipped model is small, is what the training examples give, and is used by default', () => {
  const path = fileURLToPath(INTENT_MODEL_URL);
  const bytes = statSync(path).size;
  assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
  assert.ok(readFileSync(path, 'utf8') === buildBuiltinIntentModel().json, 'rebuild it with npm run build:models');
  assert.deepEqual(understand({ text: 'bonjour' }).model, BUILTIN_MODEL);
  assert.deepEqual(new BuiltinUnderstander(null).understand({ text: 'bonjour' }).model, RULES_MODEL);
});

// Written for this test, in the voice of customers of any company; not demo conversations.
const CASES: [string, string][] = [
  ["Trois semaines que j'attends le technicien, personne ne rappelle", 'complaint'],
  ['Prélevé deux fois ce mois-ci et toujours aucun remboursement', 'complaint'],
  ['My card was charged twice and nobody answers the chat', 'complaint'],
  ['Third time the delivery slot is missed. Unbelievable.', 'complaint'],
  ['Bonjour, à quelle heure ouvre votre agence le samedi ?', 'question'],
  ['Is the shop in Leeds open on bank holidays?', 'question'],
  ['Vous recrutez des vendeurs en alternance pour septembre ?', 'job'],
  ["I'd love to apply for the warehouse job, who should I send my CV to?", 'job'],
  ['Ce serait pratique de pouvoir payer en plusieurs fois dans l’appli', 'idea'],
  ['You should add a dark mode to the app, my eyes would thank you', 'idea'],
  ['Bonjour, je suis journaliste à Ouest-France, pourrais-je joindre votre service presse ?', 'press'],
  ["Hi, I'm writing a piece for the Financial Times on supply chains, could your CEO comment?", 'press'],
  ['Un grand merci à l’équipe de l’agence de Nantes, vous avez été formidables', 'praise'],
  ['Huge thanks to the support team, sorted in five minutes!', 'praise'],
  ['La batterie de mon téléphone a explosé pendant la charge, ma main est brûlée', 'crisis'],
  ['My son had an allergic reaction after eating your cereal, we are at the hospital', 'crisis'],
  ['Gagnez 500€ par jour depuis chez vous, cliquez sur le lien en bio', 'spam'],
  ['Free crypto giveaway!! Send 0.1 BTC and get 1 BTC back, DM me', 'spam'],
];

test('French and English messages get the intent a person would give them', () => {
  const wrong = CASES.filter(([text, intent]) => understand({ text }).intent !== intent)
    .map(([text, intent]) => `${intent} <- ${understand({ text }).intent}: ${text}`);
  assert.deepEqual(wrong, []);
});

// A shared run of this many words would mean a demo message was copied or paraphrased into training.
const SHARED_RUN = 6;

function runs(text: string): Set<string> {
  const words = analyseText(text).words.filter((w) => w !== BREAK && !w.startsWith('@'));
  const out = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= words.length; i++) out.add(words.slice(i, i + SHARED_RUN).join(' '));
  return out;
}

test('the demo conversations are held out: no training example repeats one', () => {
  const demo = demoConversations(new Date('2026-01-15T12:00:00Z'));
  const texts = new Set(demo.map((d) => analyseText(d.text).words.join(' ')));
  const demoRuns = new Set(demo.flatMap((d) => [...runs(d.text)]));
  const repeated = INTENT_EXAMPLES.filter((e) => texts.has(analyseText(e.text).words.join(' ')) || [...runs(e.text)].some((r) => demoRuns.has(r)));
  assert.deepEqual(repeated.map((e) => e.text), []);
  // And the examples do not name the demo organisation or its products.
  const names = /maison ?lumi[eè]re|lumi ?(clean|charge|\+)|\bnova\b|c[ée]leste|\borsay\b|\bpolar\b/i;
  assert.deepEqual(INTENT_EXAMPLES.filter((e) => names.test(e.text)).map((e) => e.text), []);
});
