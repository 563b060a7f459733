// Throughput of the built-in understanding on one core, its agreement with the labels of the demo
// conversations, and optionally its French sentiment quality on a labelled file. Prints figures;
// asserts nothing.
//
//   node --import tsx scripts/bench-understanding.ts                 # generated messages, agreement, then real ones
//   node --import tsx scripts/bench-understanding.ts --texts FILE.jsonl [--repeat 3]
//   node --import tsx scripts/bench-understanding.ts --labelled FILE.jsonl   # {"text","label"} lines
//
// Real messages are the demo conversations (written as people write to a company) and, when the
// datasets folder is there (../shared/data or RELAIS_DATASETS), the French tweets of the sentiment
// benchmark. Each set is measured with the default understander (rules + intent model) and with the
// rules alone, alternating, so that a busy machine weighs on both alike.
//
// Agreement: the intent and language each understander gives the demo conversations, against the
// label a person gave them (src/demo/conversations). The demo conversations are held out: the
// built-in intent model never trains on them (its examples are in src/understanding/training, and
// test/unit/intent-model.test.ts checks that no example repeats a demo message), so the figure
// measures messages the model has not seen.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BuiltinUnderstander, RulesUnderstander, type Understander } from '../src/understanding/understanding.ts';
import { demoConversations } from '../src/demo/demo.conversations.ts';
import { parseQuery } from '../src/understanding/listening-query.ts';
import { analyseText } from '../src/understanding/text.ts';
import { scoreSentiment } from '../src/understanding/sentiment.ts';

const { values } = parseArgs({
  options: {
    texts: { type: 'string' },
    labelled: { type: 'string' },
    count: { type: 'string', default: '100000' },
    repeat: { type: 'string', default: '1' },
  },
});

// Fragments recombined into varied posts, in the proportions an inbox sees: mostly French and
// English, complaints and questions first, with handles, links, hashtags and emoji.
const OPENERS = ['@Relais_SAV', 'Bonjour @OperateurMobile,', 'Hey @AcmeSupport', '@Acme_FR', '', 'Hello,', 'Salut', '.@AcmeHelp'];
const BODIES = [
  "ma commande n'est jamais arrivée et personne ne répond depuis 10 jours",
  'remboursez-moi, le produit est arrivé cassé',
  "je suis journaliste au Parisien, pourriez-vous m'accorder une interview ?",
  'vous recrutez des alternants pour la rentrée ? je voudrais postuler',
  'ce serait génial si l’appli pouvait exporter les factures en PDF',
  "merci pour votre réactivité, service au top 👍",
  'odeur de brûlé et fumée qui sort du chargeur, c’est dangereux !!',
  'trop bien la nouvelle version, bravo à l’équipe',
  "c nul, ça bug encore, j'en ai marre",
  'pas content du tout du SAV, toujours pas de réponse',
  'my order never arrived and I was charged twice',
  'do you have any openings for software engineers in Lyon?',
  'it would be great if the app could sync with my calendar',
  'thanks so much for fixing it so quickly, you guys rock',
  'the battery exploded and burned my hand, this is dangerous',
  'how do I change the email on my account?',
  'worst customer service ever, still waiting for a refund',
  'Free followers and crypto giveaway, click here to win BTC',
  'quelle est la date de sortie du nouveau modèle ?',
  'not bad at all, the new update is pretty good',
];
const CLOSERS = ['', '#SAV', '😡', 'https://t.co/abc123', 'merci', '!!!', '🙏', '#fail #nul', 'thanks', '?'];

function generate(count: number): string[] {
  const texts: string[] = [];
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    // A number keeps texts distinct, as order numbers and dates do in real posts.
    texts.push(`${OPENERS[rnd(OPENERS.length)]} ${BODIES[rnd(BODIES.length)]} ${CLOSERS[rnd(CLOSERS.length)]} #${i % 997}`.trim());
  }
  return texts;
}

function readJsonl(path: string): { text: string; label?: string }[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

const queries = [
  { id: 'q1', name: 'Livraison', ast: parseQuery('(livraison OR colis OR commande) AND (retard* OR "jamais arrivé" OR perdu*)') },
  { id: 'q2', name: 'Recrutement', ast: parseQuery('recrut* OR alternan* OR postuler OR hiring OR openings') },
  { id: 'q3', name: 'Sécurité', ast: parseQuery('(fumée OR brûl* OR explos* OR dangerous OR danger*) NOT exercice') },
];

/** Texts per second of CPU time (and of wall time) for `repeat` passes over the texts. */
function measure(u: Understander, texts: string[], repeat: number): { cpu: number; wall: number; checksum: number; done: number } {
  let done = 0;
  let checksum = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < repeat; r++) {
    for (const text of texts) {
      const e = u.understand({ text, authorFollowers: done % 5000, queries });
      checksum += e.risk;
      done++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { cpu: done / cpuSeconds, wall: done / seconds, checksum, done };
}

function throughput(): void {
  const texts = values.texts ? readJsonl(values.texts).map((r) => r.text) : generate(Number(values.count));
  // The default understander first (its figure is the one to watch), then the rules alone for comparison.
  for (const u of [new BuiltinUnderstander(), new RulesUnderstander()] as Understander[]) {
    for (let i = 0; i < Math.min(2000, texts.length); i++) u.understand({ text: texts[i], queries }); // warm-up
    const m = measure(u, texts, Number(values.repeat));
    // CPU time is the fairer figure on a shared machine; wall time includes waiting for a core.
    console.log(
      `understand (${u.model.name}): ${m.done} texts, ${Math.round(m.cpu)} texts/s of CPU time ` +
        `(${Math.round(m.wall)} texts/s wall) on one core, checksum ${m.checksum}`,
    );
  }
}

/** Real messages: the first pass meets every word for the first time, later passes find them cached. */
function realTexts(): void {
  const sets: [string, string[]][] = [['demo conversations', demoConversations(new Date('2026-01-15T12:00:00Z')).map((d) => d.text)]];
  const dataDir = process.env.RELAIS_DATASETS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');
  const tweets = join(dataDir, 'french-tweet-sentiment');
  if (existsSync(tweets)) {
    sets.push(['French tweets (sentiment benchmark)', [...readJsonl(join(tweets, 'train.jsonl')), ...readJsonl(join(tweets, 'val.jsonl'))].map((r) => r.text)]);
  }
  for (const [name, texts] of sets) {
    const understanders: Understander[] = [new BuiltinUnderstander(), new RulesUnderstander()];
    const first = understanders.map((u) => measure(u, texts, 1));
    const repeat = Math.max(1, Math.round(50_000 / texts.length));
    const best = understanders.map(() => 0);
    for (let round = 0; round < 3; round++) {
      understanders.forEach((u, k) => {
        best[k] = Math.max(best[k], measure(u, texts, repeat).cpu);
      });
    }
    console.log(`${name}, ${texts.length} texts:`);
    understanders.forEach((u, k) => {
      console.log(
        `  ${u.model.name.padEnd(22)} first pass ${String(Math.round(first[k].cpu)).padStart(6)} texts/s, ` +
          `then ${String(Math.round(best[k])).padStart(6)} texts/s of CPU time (best of 3 x ${repeat} passes)`,
      );
    });
  }
}

/** Share of the demo conversations whose intent and language match their labels, per understander. */
function agreement(): void {
  const items = demoConversations(new Date('2026-01-15T12:00:00Z'));
  console.log(`agreement with the labels of the demo conversations (${items.length} messages, held out from training):`);
  for (const u of [new RulesUnderstander(), new BuiltinUnderstander()]) {
    let intent = 0;
    let lang = 0;
    const perIntent = new Map<string, [number, number]>();
    for (const item of items) {
      const e = u.understand({ text: item.text });
      const counts = perIntent.get(item.expected.intent) ?? [0, 0];
      counts[1]++;
      if (e.intent === item.expected.intent) (intent++, counts[0]++);
      if (e.lang === item.expected.lang) lang++;
      perIntent.set(item.expected.intent, counts);
    }
    const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    console.log(`  ${u.model.name.padEnd(22)} intent ${pct(intent, items.length)}, language ${pct(lang, items.length)}`);
    console.log(`    recall per intent: ${[...perIntent].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ')}`);
  }
}

function frenchSentiment(path: string): void {
  const rows = readJsonl(path);
  const labels = ['negative', 'neutral', 'positive'];
  const predicted = rows.map((r) => scoreSentiment(analyseText(r.text), 'fr').label);
  let f1Sum = 0;
  for (const label of labels) {
    let tp = 0, fp = 0, fn = 0;
    rows.forEach((r, i) => {
      if (predicted[i] === label && r.label === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (r.label === label) fn++;
    });
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    f1Sum += f1;
    console.log(`${label.padEnd(8)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
  }
  const accuracy = rows.filter((r, i) => predicted[i] === r.label).length / rows.length;
  console.log(`French sentiment on ${rows.length} texts: macro-F1 ${(f1Sum / labels.length).toFixed(3)}, accuracy ${accuracy.toFixed(3)}`);
}

if (values.labelled) frenchSentiment(values.labelled);
else {
  throughput();
  if (!values.texts) {
    agreement();
    realTexts();
  }
}
