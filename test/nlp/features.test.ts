import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, negatedTokens, tokenize } from '../../src/nlp/text.ts';
import { DEFAULT_FEATURES, extractHashes, featurize, fitVocabulary, hashRange, hashString, vectorize } from '../../src/nlp/features.ts';

describe('text normalisation', () => {
  it('lowercases and folds accents and ligatures', () => {
    assert.equal(foldText('Réclamation ÉTÉ à Noël'), 'reclamation ete a noel');
    assert.equal(foldText('Œuvre'), 'oeuvre');
    assert.equal(foldText('l’équipe'), "l'equipe");
  });

  it('splits elisions, expands "n\'t" and maps digits, links and mentions to markers', () => {
    assert.deepEqual(tokenize("L'application n'est pas prête"), ['l', 'application', 'n', 'est', 'pas', 'prete']);
    assert.deepEqual(tokenize("I don't like it"), ['i', 'do', 'not', 'like', 'it']);
    assert.deepEqual(tokenize('Order 12345 @acme https://x.io/a?b=1'), ['order', '0', '_user_', '_url_']);
  });

  it('keeps emoticons and emoji as tokens', () => {
    assert.deepEqual(tokenize('Super :) merci'), ['super', '_emo_pos_', 'merci']);
    assert.deepEqual(tokenize('Bof :( vraiment'), ['bof', '_emo_neg_', 'vraiment']);
    assert.deepEqual(tokenize('Bravo👏'), ['bravo', '👏']);
  });

  it('marks the words that follow a negation, within a short span', () => {
    assert.deepEqual(negatedTokens(tokenize('Je ne suis pas content du tout')), ['neg_suis', 'neg_content', 'neg_du', 'neg_tout']);
    assert.deepEqual(negatedTokens(tokenize('not good at all for me')), ['neg_good', 'neg_at', 'neg_all']);
    assert.deepEqual(negatedTokens(tokenize('très content')), []);
  });
});

describe('hashed features', () => {
  it('hashes a range like the same substring', () => {
    assert.equal(hashRange('<chat>', 1, 4, 7), hashString('cha', 7));
    assert.notEqual(hashString('cha'), hashString('chat'));
  });

  it('extracts one hash per word, per bigram and per character n-gram of 3 to 5 inside "<word>"', () => {
    const [words, bigrams, chars] = extractHashes('chat noir', { ...DEFAULT_FEATURES, negation: false });
    assert.equal(words.length, 2);
    assert.equal(bigrams.length, 1);
    // "<chat>" (6 chars): 4 + 3 + 2 n-grams; "<noir>" the same.
    assert.equal(chars.length, 18);
  });

  it('gives accented and unaccented spellings the same features', () => {
    assert.deepEqual(extractHashes('Réclamation reçue', DEFAULT_FEATURES), extractHashes('reclamation RECUE', DEFAULT_FEATURES));
  });

  it('builds L2-normalised TF-IDF vectors and ignores unknown features', () => {
    const texts = ['commande en retard', 'commande livrée', 'candidature au poste'];
    const vocab = fitVocabulary(texts.map((t) => extractHashes(t, DEFAULT_FEATURES)), DEFAULT_FEATURES);
    const v = featurize(vocab, 'commande en retard');
    const norm = Math.sqrt(v.val.reduce((s, x) => s + x * x, 0));
    assert.ok(Math.abs(norm - 1) < 1e-5);
    assert.equal(new Set(v.idx).size, v.idx.length, 'each feature appears once');
    assert.equal(featurize(vocab, 'zzzz qqqq').idx.length, 0);
    // A rarer word weighs more than a frequent one.
    const common = vectorize(vocab, [extractHashes('commande', DEFAULT_FEATURES)[0], new Uint32Array(), new Uint32Array()]);
    const rare = vectorize(vocab, [extractHashes('retard', DEFAULT_FEATURES)[0], new Uint32Array(), new Uint32Array()]);
    const idf = (x: typeof common) => vocab.idf[x.idx[0]];
    assert.ok(idf(rare) > idf(common));
  });

  it('drops features seen in fewer than minDf texts', () => {
    const texts = ['alpha beta', 'alpha gamma'];
    const opts = { ...DEFAULT_FEATURES, minDf: 2 };
    const vocab = fitVocabulary(texts.map((t) => extractHashes(t, opts)), opts);
    assert.ok(featurize(vocab, 'alpha').idx.length > 0);
    assert.equal(featurize(vocab, 'beta').idx.length, 0);
  });
});
