import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuery, matches, matchTopics, parseQuery, QuerySyntaxError } from '../../src/understanding/listening-query.ts';

const m = (q: string, text: string) => matches(parseQuery(q), text);

test('terms match whole words, insensitive to case and accents', () => {
  assert.equal(m('retard', 'Encore un RETARD ce matin'), true);
  assert.equal(m('retard', 'les retardataires'), false);
  assert.equal(m('eleve', 'Prix très élevé'), true);
  assert.equal(m('élevé', 'un élève'), true);
  assert.equal(m('élevé', 'élevage'), false);
  assert.equal(m('élevé', 'Prix tres ELEVE'), true);
});

test('trailing * matches a prefix', () => {
  assert.equal(m('retard*', 'les retardataires'), true);
  assert.equal(m('rembours*', 'Je veux être remboursée'), true);
  assert.equal(m('rembours*', 'un bourse'), false);
});

test('quoted phrases match consecutive words, elisions and hyphens included', () => {
  assert.equal(m('"service client"', 'Le service client est fermé'), true);
  assert.equal(m('"service client"', 'le client du service'), false);
  assert.equal(m('"n\'est jamais arrivé"', "Ma commande n’est jamais arrivée"), false);
  assert.equal(m('"n\'est jamais arriv*"', "Ma commande n’est jamais arrivée"), true);
  assert.equal(m('e-commerce', 'notre site e commerce'), true);
});

test('AND, implicit AND, OR, NOT and parentheses', () => {
  const q = '(SNCF OR TGV) retard* NOT grève';
  assert.equal(m(q, 'TGV en retard de 2h'), true);
  assert.equal(m(q, 'TGV en retard à cause de la grève'), false);
  assert.equal(m(q, 'SNCF à l’heure'), false);
  assert.equal(m('a OR b c', 'b c'), true);
  assert.equal(m('a OR b c', 'a'), true);
  assert.equal(m('a OR b c', 'b'), false);
  assert.equal(m('NOT spam', 'hello'), true);
  assert.equal(m('NOT NOT spam', 'spam'), true);
  assert.equal(m('café ET croissant', 'café et croissant'), true);
  assert.equal(m('or', 'or et argent'), true);
});

test('a plain term finds a mention or a hashtag of the same name', () => {
  assert.equal(m('sncf', '@SNCF vous êtes où ?'), true);
  assert.equal(m('sncf', '#SNCF encore'), true);
  assert.equal(m('@sncf', 'la sncf'), false);
});

test('matchTopics returns the ids of matching queries in order', () => {
  const queries = [
    { id: 'rh', name: 'Recrutement', ast: parseQuery('recrut* OR alternance OR hiring') },
    { id: 'sav', name: 'SAV', ast: parseQuery('commande AND (retard* OR "jamais arrivé*")') },
    { id: 'none', name: 'Rien', ast: parseQuery('"ne matche pas"') },
  ];
  assert.deepEqual(matchTopics(queries, "Ma commande n'est jamais arrivée, vous recrutez ?"), ['rh', 'sav']);
  assert.deepEqual(matchTopics([], 'x'), []);
});

test('formatQuery shows how a query was understood', () => {
  assert.equal(formatQuery(parseQuery('(SNCF OR tgv) retard* -x NOT "grève totale"')), '(sncf OR tgv) AND retard* AND x AND NOT "greve totale"');
});

function syntaxError(q: string): QuerySyntaxError {
  try {
    parseQuery(q);
  } catch (err) {
    assert.ok(err instanceof QuerySyntaxError, `expected QuerySyntaxError for ${q}`);
    return err;
  }
  assert.fail(`expected ${q} to be rejected`);
}

test('malformed queries are rejected with the position of the problem', () => {
  assert.equal(syntaxError('(sncf OR tgv').position, 0);
  assert.equal(syntaxError('sncf OR tgv)').position, 11);
  assert.equal(syntaxError('sncf AND').position, 5);
  assert.equal(syntaxError('OR sncf').position, 0);
  assert.equal(syntaxError('sncf AND OR tgv').position, 5);
  assert.equal(syntaxError('sncf NOT').position, 5);
  assert.equal(syntaxError('a "unterminated').position, 2);
  assert.equal(syntaxError('a ()').position, 2);
  assert.equal(syntaxError('   ').position, 0);
  assert.equal(syntaxError('***').position, 0);
  assert.equal(syntaxError('re*tard').position, 0);
  assert.match(syntaxError('(a OR b').message, /never closed.*character 1/);
  assert.match(syntaxError('x AND').message, /nothing after it/);
});
