import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../src/understanding/text.ts';
import { detectLanguage } from '../../src/understanding/language.ts';
import { scoreSentiment } from '../../src/understanding/sentiment.ts';
import { classifyIntent, INTENTS } from '../../src/understanding/intent.ts';

function intent(text: string) {
  const a = analyseText(text);
  return classifyIntent(a, scoreSentiment(a, detectLanguage(a).lang).score);
}

const CASES: [string, string][] = [
  ['complaint', "@Boutique ma commande n'est jamais arrivée, remboursez-moi !"],
  ['complaint', 'Ça fait 3 semaines que j’attends mon colis et personne ne répond'],
  ['complaint', "l'appli ne marche plus depuis la mise à jour"],
  ['complaint', '@AcmeHelp I was charged twice and still waiting for a refund'],
  ['complaint', 'Your app keeps crashing, fix it please'],
  ['question', 'Bonjour, est-ce que vous livrez en Belgique ?'],
  ['question', 'How do I change the email address on my account?'],
  ['job', 'Bonjour, vous recrutez des alternants pour la rentrée ? Je voudrais postuler'],
  ['job', 'Do you have openings for junior developers?'],
  ['idea', "Ce serait génial si l'appli pouvait exporter en PDF"],
  ['idea', 'It would be great if the app could sync with my calendar'],
  ['press', 'Je suis journaliste au Monde, pourriez-vous me mettre en contact avec votre service de presse ?'],
  ['press', "I'm a reporter at the Guardian working on a story about your prices"],
  ['praise', 'Bravo à toute l’équipe, service au top !'],
  ['praise', 'Thank you so much, you guys rock'],
  ['crisis', 'Intoxication alimentaire après votre plat, ma fille est aux urgences'],
  ['crisis', 'The charger exploded and caught fire in my kitchen'],
  ['crisis', 'Danger : le câble fond et dégage de la fumée'],
  ['spam', 'Free crypto giveaway 🚀 click here https://t.co/xyz #btc #eth'],
  ['other', 'Il fait beau à Lyon aujourd’hui'],
];

for (const [expected, text] of CASES) {
  test(`${expected}: ${text}`, () => {
    const r = intent(text);
    assert.equal(r.intent, expected, JSON.stringify(r.scores));
  });
}

test('every intent has a score, the winner has the largest or a stated priority', () => {
  const r = intent('Remboursez-moi');
  assert.deepEqual(Object.keys(r.scores).sort(), [...INTENTS].sort());
  assert.ok(r.scores.complaint >= 3);
  assert.equal(r.scores.other, 0);
});

test('negation keeps a pattern from counting ("pas de journaliste", "not happy")', () => {
  assert.equal(intent('not happy with the update').intent, 'complaint');
  assert.equal(intent('Merci, mais ce n’est pas top').scores.praise, 0);
});

test('fire TV and "feu vert" are not fires; a fire is', () => {
  assert.notEqual(intent('My Fire TV stick wont turn on').intent, 'crisis');
  assert.notEqual(intent('On a enfin le feu vert pour le projet').intent, 'crisis');
  assert.equal(intent('Il y a le feu dans votre magasin de Lille, tout le monde sort').intent, 'crisis');
});

test('a complaint phrased as a question stays a complaint', () => {
  assert.equal(intent('Pourquoi ma commande n’est toujours pas arrivée ?').intent, 'complaint');
  assert.equal(intent('Why was I charged twice?').intent, 'complaint');
});
