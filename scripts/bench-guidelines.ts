// Guideline check speed as the composer sees it: a 2,000-character message against a charter of
// 30 rules, compiled once. Prints figures; asserts nothing.
//   node --import tsx scripts/bench-guidelines.ts [iterations]

import { performance } from 'node:perf_hooks';
import { check, checkMessage, compileRules, type Rule } from '../src/guidelines/guidelines.domain.ts';

const base = { version: 1, scope: {}, explanation: { fr: 'Règle de la charte.', en: 'Charter rule.' } } as const;

function charter(): Rule[] {
  const rules: Rule[] = [
    { ...base, id: 'free', kind: 'forbidden_terms', severity: 'block', params: { terms: ['gratuit*', 'free', 'offert'], exceptions: ['gratuitement', 'feel free'] } },
    { ...base, id: 'rivals', kind: 'forbidden_terms', severity: 'block', params: { terms: ['concurrent x', 'marque y', 'low cost', 'arnaque*', 'scam'] } },
    { ...base, id: 'health', kind: 'legal_review', severity: 'needs_approval', params: { terms: ['guérit', 'soigne', 'miracle', 'cures', 'heals'] } },
    { ...base, id: 'money', kind: 'legal_review', severity: 'needs_approval', params: { terms: ['remboursé*', 'garanti*', 'sans risque', 'guaranteed', 'risk-free', 'rendement*'] } },
    { ...base, id: 'pii', kind: 'personal_data', severity: 'block', params: { detect: ['email', 'phone', 'iban', 'card'] } },
    { ...base, id: 'ad', kind: 'disclosure', severity: 'block', params: { tags: ['#pub', '#ad', '#sponsorisé', '#partenariat'] } },
    { ...base, id: 'tone', kind: 'tone', severity: 'warn', params: { uppercase: { maxRatio: 0.6 }, repeatedPunctuation: { maxRun: 2 }, profanity: {} } },
    { ...base, id: 'length', kind: 'length', severity: 'warn', params: { max: 5000, perNetwork: { x: 280, bluesky: 300, linkedin: 3000 } } },
    { ...base, id: 'lang', kind: 'language_match', severity: 'warn', params: {} },
    { ...base, id: 'links', kind: 'allowed_links', severity: 'needs_approval', params: { domains: ['exemple.fr', 'exemple.com'] } },
    { ...base, id: 'freeze', kind: 'crisis_freeze', severity: 'needs_approval', params: {} },
  ];
  // The rest: department and entity variants of the same kinds, as a real charter accumulates.
  for (let i = rules.length; i < 30; i++) {
    const kind = i % 3;
    const scope = { departmentIds: [`dep-${i % 5}`] };
    if (kind === 0) rules.push({ ...base, scope, id: `terms-${i}`, kind: 'forbidden_terms', severity: 'warn', params: { terms: [`produit${i}`, `promo ${i}`, `solde*`, `exclusivité`] } });
    else if (kind === 1) rules.push({ ...base, scope, id: `legal-${i}`, kind: 'legal_review', severity: 'needs_approval', params: { terms: ['à vie', 'définitivement', `clinique*`, 'prouvé'] } });
    else rules.push({ ...base, scope, id: `tone-${i}`, kind: 'tone', severity: 'warn', params: { profanity: { languages: ['fr'] } } });
  }
  return rules;
}

function message(): string {
  const sentences = [
    'Bonjour Léa, merci pour votre message 🙂 et désolés pour ce retard de livraison.',
    "Votre commande n° 123456789 est partie de l'entrepôt hier ; elle arrivera d'ici jeudi.",
    'Vous pouvez suivre le colis sur https://www.exemple.fr/suivi?ref=AB12 ou nous écrire.',
    "Pour l'échange, le retour est gratuitement pris en charge, c'est garanti sans frais cachés.",
    'Notre équipe du SAV reste disponible du lundi au vendredi, de 9 h à 18 h, même en été.',
    'Hi Sam, thanks for reaching out: your refund was processed and should appear soon.',
  ];
  let text = '';
  for (let i = 0; text.length < 2000; i++) text += sentences[i % sentences.length] + ' ';
  return text.slice(0, 2000);
}

const iterations = Number(process.argv[2] ?? 2000);
const rules = charter();
const text = message();
const input = { text, contentType: 'reply' as const, departmentId: 'dep-1', channelNetwork: 'linkedin', conversationLang: 'fr', replyLang: 'fr', promotional: true };

let t = performance.now();
const compiled = compileRules(rules);
const compileMs = performance.now() - t;

for (let i = 0; i < 200; i++) check(compiled, input, 'fr');

const times: number[] = [];
let findings = 0;
for (let i = 0; i < iterations; i++) {
  // A different character each time, as the text changes between two pauses in typing.
  const variant = { ...input, text: text.slice(0, 1999) + String.fromCharCode(97 + (i % 26)) };
  t = performance.now();
  findings = check(compiled, variant, 'fr').findings.length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];

t = performance.now();
for (let i = 0; i < 200; i++) checkMessage(rules, input, 'fr');
const cachedMs = (performance.now() - t) / 200;

const f = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`guideline check: ${text.length} characters, ${rules.length} rules, ${iterations} checks, ${findings} findings per check`);
console.log(`  compile (once per rule set): ${f(compileMs)}`);
console.log(`  check: mean ${f(mean)}, median ${f(pct(0.5))}, p95 ${f(pct(0.95))}, p99 ${f(pct(0.99))}, max ${f(times[times.length - 1])}`);
console.log(`  checkMessage with its compilation cache: mean ${f(cachedMs)}`);
