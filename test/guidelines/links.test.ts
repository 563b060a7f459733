import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run, spans } from './fixtures.ts';
import { findLinks, normaliseDomain } from '../../src/guidelines/rules/links.rule.ts';

const links = rule('allowed_links', { domains: ['exemple.fr', 'Partenaire.com'] }, { severity: 'needs_approval' });

test('links to allowed domains and their subdomains pass', () => {
  const text = 'Voir https://exemple.fr/promo, www.exemple.fr, boutique.exemple.fr/soldes et https://PARTENAIRE.com.';
  assert.equal(run([links], text).findings.length, 0);
});

test('other domains are reported with the link span, full URLs and bare domains alike', () => {
  const text = 'Détails sur https://autre.com/offre?x=1 et sur promo-club.fr/été !';
  const r = run([links], text);
  assert.equal(r.verdict, 'needs_approval');
  assert.deepEqual(spans(r, text), ['https://autre.com/offre?x=1', 'promo-club.fr/été']);
  assert.equal(r.findings[0].message, 'Lien vers un domaine non autorisé : autre.com');
  assert.equal(run([links], text, {}, 'en').findings[1].message, 'Link to a domain that is not allowed: promo-club.fr');
});

test('look-alike hosts are judged by their real domain', () => {
  for (const url of ['https://exemple.fr.autre.com/x', 'https://exemple.fr@autre.com/', 'http://monexemple.fr', 'exemple.fr.autre.com']) {
    const r = run([links], `Lien : ${url}`);
    assert.equal(r.findings.length, 1, url);
  }
});

test('e-mail addresses, sentences without a space and decimals are not links', () => {
  const text = 'Écrivez à contact@autre.com. Fin de phrase.Suite. Version 2.5 ou 3.14, etc.';
  assert.deepEqual(findLinks(text), []);
});

test('trailing punctuation is not part of the link; a parenthesis of the URL is', () => {
  const text = '(voir autre.com/page). Et https://fr.wikipedia.org/wiki/Relais_(homonymie), ok';
  assert.deepEqual(
    findLinks(text).map((l) => text.slice(...l.span)),
    ['autre.com/page', 'https://fr.wikipedia.org/wiki/Relais_(homonymie)'],
  );
});

test('an empty allow-list lets no link through', () => {
  const none = rule('allowed_links', { domains: [] });
  assert.equal(run([none], 'Voir exemple.fr').findings.length, 1);
  assert.equal(run([none], 'Aucun lien ici.').findings.length, 0);
});

test('configured domains are normalised; URLs and paths are not domains', () => {
  assert.equal(normaliseDomain('WWW.Exemple.FR'), 'exemple.fr');
  assert.equal(normaliseDomain('café.fr'), 'xn--caf-dma.fr');
  assert.equal(normaliseDomain('https://exemple.fr'), null);
  assert.equal(normaliseDomain('exemple.fr/promo'), null);
  assert.equal(normaliseDomain('localhost'), null);
});
