import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BuiltinUnderstander, IntentOverrideUnderstander, understand, BUILTIN_MODEL, type Understander,
} from '../../src/understanding/understanding.ts';
import { parseQuery } from '../../src/understanding/listening-query.ts';

test('understand returns every field for a French complaint', () => {
  const queries = [
    { id: 'livraison', name: 'Livraison', ast: parseQuery('commande OR colis OR livraison') },
    { id: 'rh', name: 'RH', ast: parseQuery('recrut*') },
  ];
  const e = understand({ text: "@Boutique ma commande n'est jamais arrivée, remboursez-moi 😡", queries, authorFollowers: 800 });
  assert.equal(e.lang, 'fr');
  assert.equal(e.sentiment, 'negative');
  assert.ok(e.sentimentScore < 0 && e.sentimentScore >= -1);
  assert.equal(e.intent, 'complaint');
  assert.ok(e.intentScores.complaint > e.intentScores.question);
  assert.deepEqual(e.topics, ['livraison']);
  assert.ok(e.risk > 0 && e.risk <= 100);
  assert.deepEqual(e.model, BUILTIN_MODEL);
});

test('understand handles English, emoji-only and empty text', () => {
  assert.equal(understand({ text: 'Do you have any openings for interns?' }).intent, 'job');
  const emoji = understand({ text: '😍😍' });
  assert.equal(emoji.sentiment, 'positive');
  assert.equal(emoji.lang, 'other');
  const empty = understand({ text: '' });
  assert.deepEqual([empty.lang, empty.sentiment, empty.intent, empty.risk, empty.topics.length], ['other', 'neutral', 'other', 0, 0]);
});

test('a replacement model is used through the same interface', () => {
  const fixed: Understander = {
    model: { name: 'fixed', version: '0' },
    understand: (input) => ({ ...new BuiltinUnderstander().understand(input), intent: 'idea', model: { name: 'fixed', version: '0' } }),
  };
  assert.equal(understand({ text: 'bonjour' }, fixed).intent, 'idea');
});

test('a trained intent model can take over the intent, risk follows it', () => {
  const trained = new IntentOverrideUnderstander(
    (text) => (text.includes('usine') ? { intent: 'crisis', scores: { crisis: 0.97 } } : null),
    { name: 'org-router', version: '3' },
  );
  const decided = trained.understand({ text: "Odeur étrange près de l'usine" });
  assert.equal(decided.intent, 'crisis');
  assert.equal(decided.intentScores.crisis, 0.97);
  assert.equal(decided.model.name, 'org-router');
  assert.ok(decided.riskFactors.some((f) => f.factor === 'intent' && f.detail === 'crisis'));
  const abstained = trained.understand({ text: 'Merci beaucoup !' });
  assert.equal(abstained.intent, 'praise');
});
