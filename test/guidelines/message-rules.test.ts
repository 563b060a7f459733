import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run } from './fixtures.ts';
import { graphemeCount, overflow } from '../../src/guidelines/rules/message.rule.ts';

const disclosure = rule('disclosure', { tags: ['#pub', '#ad', '#sponsorisé', '#partenariat'] });

test('a promotional post needs one of the disclosure tags', () => {
  const r = run([disclosure], 'Nos nouveaux soldes sont là !', { contentType: 'post', promotional: true });
  assert.equal(r.verdict, 'blocked');
  assert.equal(r.findings[0].span, null);
  assert.equal(r.findings[0].message, 'Message promotionnel sans mention de publicité (#pub, #ad, #sponsorisé, #partenariat)');
  for (const text of ['Soldes ! #PUB', 'Sales now #ad', 'En #Sponsorise avec Relais', '#partenariat\u00A0: voici']) {
    assert.equal(run([disclosure], text, { contentType: 'post', promotional: true }).findings.length, 0, text);
  }
});

test('a tag inside a longer tag does not count', () => {
  const r = run([disclosure], 'New sneakers #adidas #publicity', { contentType: 'post', promotional: true }, 'en');
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].message, 'Promotional message without an advertising disclosure (#pub, #ad, #sponsorisé, #partenariat)');
});

test('a message not marked promotional needs no tag', () => {
  assert.equal(run([disclosure], 'Nos horaires changent', { contentType: 'post' }).findings.length, 0);
  assert.equal(run([disclosure], 'Nos horaires changent', { contentType: 'post', promotional: false }).findings.length, 0);
});

test('length counts user-perceived characters, not code units', () => {
  assert.equal(graphemeCount('e\u0301te\u0301'), 3);
  assert.equal(graphemeCount('👍🏽👨‍👩‍👧🇫🇷'), 3);
  assert.equal(graphemeCount('a\r\nb'), 3);
  const limit = rule('length', { max: 5 }, { severity: 'warn' });
  // Five graphemes in eleven code units: within the limit.
  assert.equal(run([limit], 'e\u0301👍🏽🇫🇷ab').findings.length, 0);
});

test('the span of a long message covers what goes past the limit', () => {
  const limit = rule('length', { max: 5 }, { severity: 'warn' });
  const text = 'Été 👍🏽 super';
  const r = run([limit], text);
  // É t é ␠ 👍🏽 are five characters in eight code units; the sixth starts at index 8.
  assert.deepEqual(r.findings[0].span, [8, text.length]);
  assert.equal(text.slice(...r.findings[0].span!), ' super');
  assert.equal(r.findings[0].message, 'Message trop long : 11 caractères pour 5 au plus');
  assert.deepEqual(overflow('abcdef', 6), null);
  assert.deepEqual(overflow('abcdefg', 6), { count: 7, span: [6, 7] });
});

test('limits per network, with max for the others', () => {
  const limit = rule('length', { max: 10, perNetwork: { x: 5, LinkedIn: 20 } });
  const text = 'Un texte de 19 car.';
  assert.equal(run([limit], text, { channelNetwork: 'x' }).findings[0].message, 'Message trop long : 19 caractères pour 5 au plus sur x');
  assert.equal(run([limit], text, { channelNetwork: 'linkedin' }).findings.length, 0);
  assert.equal(run([limit], text, { channelNetwork: 'bluesky' }).findings.length, 1);
  assert.equal(run([limit], text).findings.length, 1);
  const onlyX = rule('length', { perNetwork: { x: 5 } });
  assert.equal(run([onlyX], text, { channelNetwork: 'bluesky' }).findings.length, 0);
  assert.equal(run([onlyX], text, { channelNetwork: 'x' }, 'en').findings[0].message, 'Message too long: 19 characters, at most 5 on x');
});

test('a reply must be in the conversation language', () => {
  const lang = rule('language_match', {}, { severity: 'warn' });
  const r = run([lang], 'Hello!', { conversationLang: 'fr', replyLang: 'en' });
  assert.equal(r.verdict, 'warn');
  assert.equal(r.findings[0].message, 'Réponse en anglais à une conversation en français');
  assert.equal(run([lang], 'Hello!', { conversationLang: 'fr', replyLang: 'en' }, 'en').findings[0].message, 'Reply in English to a conversation in French');
  assert.equal(run([lang], 'Bonjour', { conversationLang: 'fr-FR', replyLang: 'fr' }).findings.length, 0);
  // Unknown language on either side, or a post: nothing to compare.
  assert.equal(run([lang], 'Bonjour', { conversationLang: 'fr' }).findings.length, 0);
  assert.equal(run([lang], 'Hello', { contentType: 'post', conversationLang: 'fr', replyLang: 'en' }).findings.length, 0);
});

test('during a crisis freeze everything in scope takes the rule severity', () => {
  const freeze = rule('crisis_freeze', {}, { severity: 'needs_approval' });
  const r = run([freeze], 'Bonjour, merci pour votre message.', { freezeActive: true });
  assert.equal(r.verdict, 'needs_approval');
  assert.equal(r.findings[0].message, 'Gel de crise en cours : tout message sortant passe par une validation');
  assert.equal(run([freeze], 'Bonjour', { freezeActive: false }).verdict, 'ok');
  const hard = rule('crisis_freeze', {}, { severity: 'block' });
  assert.equal(run([hard], 'Hi', { freezeActive: true }, 'en').findings[0].message, 'Crisis freeze in force: no message goes out');
});
