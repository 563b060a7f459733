import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainClassifier } from '../../src/nlp/classifier.ts';
import { compileRules, route, type RoutingInput, type RoutingRule } from '../../src/routing/routing.domain.ts';
import {
  buildTrainingSet,
  checkMinimum,
  evaluateHeldOut,
  HANDOFF_WEIGHT,
  isHeldOut,
  labelOf,
  learnedRoute,
  MINIMUM,
  modelReason,
  routesAtIngest,
  suggestDepartment,
  type HistoryRow,
} from '../../src/routing/routing-model.domain.ts';

const row = (id: number, extra: Partial<HistoryRow> = {}): HistoryRow => ({
  id,
  text: `message ${id}`,
  status: 'resolved',
  departmentId: 'cs',
  routingKind: 'rule',
  handedTo: null,
  ...extra,
});

test('a resolved conversation teaches its department; the last hand-off wins over it', () => {
  assert.deepEqual(labelOf(row(1)), { label: 'cs', handoff: false });
  assert.deepEqual(labelOf(row(2, { handedTo: 'legal', routingKind: 'handoff' })), { label: 'legal', handoff: true });
  // Handed off and not resolved yet: the hand-off already says where it belonged.
  assert.deepEqual(labelOf(row(3, { status: 'open', handedTo: 'legal' })), { label: 'legal', handoff: true });
});

test('open conversations and the organisation’s own messages teach nothing', () => {
  assert.equal(labelOf(row(1, { status: 'open' })), null);
  assert.equal(labelOf(row(2, { status: 'new', departmentId: null, routingKind: 'fallback' })), null);
  assert.equal(labelOf(row(3, { routingKind: 'own' })), null);
  assert.equal(labelOf(row(4, { routingKind: 'own', handedTo: 'legal' })), null);
  const set = buildTrainingSet([row(5, { routingKind: 'own', text: 'Nous sommes désolés' }), row(6, { status: 'new' })]);
  assert.equal(set.examples.length + set.heldOut.length, 0);
});

test('a conversation closed in the triage queue teaches "no department", not a department', () => {
  assert.deepEqual(labelOf(row(1, { departmentId: null, routingKind: 'fallback' })), { label: null, handoff: false });
  const ids = Array.from({ length: 200 }, (_, i) => i + 1).filter((id) => !isHeldOut(id)).slice(0, 3);
  const set = buildTrainingSet([row(ids[0]), row(ids[1], { departmentId: 'hr' }), row(ids[2], { departmentId: null, text: 'Gagnez un iPhone ici' })]);
  assert.equal(set.outOfScope, 1);
  assert.equal(set.classes, 2, 'no department is not a class');
  assert.deepEqual(set.examples.at(-1), { text: 'Gagnez un iPhone ici', label: null });
});

test('a hand-off counts several times, a plain resolution once', () => {
  const ids = Array.from({ length: 200 }, (_, i) => i + 1).filter((id) => !isHeldOut(id)).slice(0, 2);
  const set = buildTrainingSet([row(ids[0]), row(ids[1], { handedTo: 'legal' })]);
  assert.equal(set.examples.filter((e) => e.label === 'cs').length, 1);
  assert.equal(set.examples.filter((e) => e.label === 'legal').length, HANDOFF_WEIGHT);
  assert.equal(set.conversations, 2, 'conversations, not copies, are counted');
  assert.equal(set.handoffs, 1);
  assert.equal(set.classes, 2);
});

test('the held-out slice is about one in ten, the same every run, and never learned from', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1, { departmentId: i % 3 ? 'cs' : 'hr', text: `texte numéro ${i + 1}` }));
  const a = buildTrainingSet(rows);
  const b = buildTrainingSet([...rows].reverse());
  assert.ok(a.heldOut.length > 400 && a.heldOut.length < 600, `${a.heldOut.length} held out`);
  assert.deepEqual(new Set(a.heldOut.map((h) => h.conversationId)), new Set(b.heldOut.map((h) => h.conversationId)));
  assert.ok(a.heldOut.every((h) => isHeldOut(h.conversationId)));
  const learned = new Set(a.examples.map((e) => e.text));
  assert.ok(a.heldOut.every((h) => !learned.has(h.text)), 'disjoint');
  assert.equal(a.conversations + a.heldOut.length, rows.length);
  // Ids dealt in a pattern (the demo resolves every id not divisible by 5) still give a slice.
  const dealt = rows.filter((r) => r.id % 5 !== 0);
  const share = buildTrainingSet(dealt).heldOut.length / dealt.length;
  assert.ok(share > 0.08 && share < 0.12, `share ${share}`);
  assert.equal(isHeldOut(2 ** 40 + 7), isHeldOut(2 ** 40 + 7));
});

test('training is refused below the minimum, saying how many more conversations are needed', () => {
  const few = checkMinimum({ conversations: 12, classes: 3 });
  assert.ok(few);
  assert.equal(few.details.missing, MINIMUM.examples - 12);
  assert.match(few.message, /12 so far, 18 more needed/);
  const oneDepartment = checkMinimum({ conversations: 80, classes: 1 });
  assert.ok(oneDepartment);
  assert.match(oneDepartment.message, /at least 2 departments/);
  assert.equal(checkMinimum({ conversations: MINIMUM.examples, classes: 2 }), null);
});

const history: HistoryRow[] = [
  ...['Ma facture internet est fausse', 'Abonnement box fibre facturé deux fois', 'Ma box fibre ne marche plus', 'Prélèvement en double sur ma facture', 'Internet coupé depuis hier', 'Remboursez mon abonnement fibre'].map((text, i) => row(100 + i, { text })),
  ...['Je postule au poste de vendeur', 'Recrutez-vous des stagiaires ?', 'Candidature spontanée pour un CDI', 'Offre d’alternance en marketing', 'Quel salaire pour le poste de caissier ?', 'Entretien d’embauche la semaine prochaine'].map((text, i) => row(200 + i, { text, departmentId: 'hr' })),
];

const spam = ['Gagnez un iPhone gratuit sur mon profil', 'Suivez-moi pour des cadeaux', 'Promo lunettes de soleil -90 % ici', 'Cliquez sur mon lien pour gagner', 'Bitcoin gratuit, envoyez-moi un message', 'Concours : likez et partagez pour gagner'];

test('held-out figures are shares in [0, 1]; refusing a message closed without department counts as right', () => {
  const model = trainClassifier([...history.map((h) => ({ text: h.text, label: h.departmentId })), ...spam.map((text) => ({ text, label: null }))]);
  const figures = evaluateHeldOut(model, [
    { conversationId: 1, text: 'Facture fibre fausse, remboursez', label: 'cs', handoff: false },
    { conversationId: 2, text: 'Je postule pour un stage', label: 'hr', handoff: false },
    { conversationId: 3, text: 'Gagnez des cadeaux gratuits, cliquez sur mon profil', label: null, handoff: false },
  ]);
  assert.equal(figures.heldout, 3);
  assert.deepEqual([figures.accuracy, figures.coveredAccuracy], [1, 1]);
  assert.equal(figures.coverage, 2 / 3, 'the spam got no department');
  for (const k of ['accuracy', 'macroF1', 'coverage'] as const) assert.ok(figures[k]! >= 0 && figures[k]! <= 1, k);
  assert.deepEqual(evaluateHeldOut(model, []), { heldout: 0, accuracy: null, macroF1: null, coverage: null, coveredAccuracy: null });

  const s = suggestDepartment({ model }, 'Problème de facture sur mon abonnement internet');
  assert.equal(s.departmentId, 'cs');
  assert.ok(s.confidence > 0 && s.confidence <= 1);
  const reason = modelReason({ id: 7, examples: 12 }, { departmentId: 'cs', confidence: 0.8712 });
  assert.equal(reason.kind, 'model');
  assert.equal(reason.text, 'learned from 12 resolved conversations and hand-offs (confidence 0.87)');
  assert.deepEqual(reason.model, { name: 'relais-routing', version: '7', departmentId: 'cs', confidence: 0.8712 });
});

test('the model routes at ingest only once its held-out figures pass the gate', () => {
  const model = trainClassifier(history.map((h) => ({ text: h.text, label: h.departmentId })));
  const text = 'Ma facture internet est encore fausse';
  assert.equal(routesAtIngest({ heldout: 40, coveredAccuracy: 0.92 }), true);
  assert.equal(routesAtIngest({ heldout: 40, coveredAccuracy: 0.6 }), false, 'worse than the rules it would replace');
  assert.equal(routesAtIngest({ heldout: 2, coveredAccuracy: 1 }), false, 'too few held-out messages to tell');
  assert.equal(routesAtIngest({ heldout: 0, coveredAccuracy: null }), false);
  assert.equal(learnedRoute({ id: 3, examples: 12, routes: false, model }, text), null);
  const routed = learnedRoute({ id: 3, examples: 12, routes: true, model }, text);
  assert.equal(routed?.departmentId, 'cs');
  assert.equal(routed?.reason.kind, 'model');
});

// Where the learned model sits among the rules (src/routing/routing.domain.ts, route()).
const org = { departments: [{ id: 'cs', kind: 'customer_service', entityId: 'fr' }, { id: 'pr', kind: 'communication', entityId: 'fr' }, { id: 'legal', kind: 'legal', entityId: 'fr' }] };
const rules = compileRules([
  { id: 'own', position: 10, name: 'Résiliation → service client', enabled: true, conditions: { keywords: 'résiliation' }, actions: { departmentId: 'cs' }, version: 1 },
  { id: 'crisis', position: 1000, name: 'Crisis → PR', enabled: true, conditions: { intent: ['crisis'] }, actions: { departmentKind: 'communication', priority: 'urgent' }, version: 1, isDefault: true },
  { id: 'complaint', position: 1020, name: 'Complaint → CS', enabled: true, conditions: { intent: ['complaint'] }, actions: { departmentKind: 'customer_service' }, version: 1, isDefault: true },
] as RoutingRule[]);
const input = (text: string, intent: string, learned?: RoutingInput['learned']): RoutingInput => ({
  lang: 'fr', sentiment: 'negative', intent, risk: 0, topics: [], channelId: 'x', channelEntityPath: ['fr'], text, model: { name: 'rules', version: '1' }, learned,
});
const toLegal = () => ({ departmentId: 'legal', reason: { kind: 'model' as const, text: 'learned', model: { name: 'relais-routing', version: '1', departmentId: 'legal', confidence: 0.9 } } });

test('the coordinator’s own rules come before the model; the model before the intent map and triage', () => {
  let asked = 0;
  const counting = () => (asked++, toLegal());
  const own = route(rules, input('Frais après ma résiliation', 'complaint', counting), org);
  assert.equal(own.departmentId, 'cs');
  assert.equal(asked, 0, 'the model is not even asked when a rule of the coordinator decided');
  const overMap = route(rules, input('Facture fausse', 'complaint', counting), org);
  assert.deepEqual([overMap.departmentId, overMap.reason.kind], ['legal', 'model']);
  const overTriage = route(rules, input('Bonjour', 'other', toLegal), org);
  assert.equal(overTriage.departmentId, 'legal');
  // Confident about nothing, or about a department that is gone: the rules decide as without a model.
  assert.equal(route(rules, input('Facture fausse', 'complaint', () => null), org).reason.ruleId, 'complaint');
  const gone = () => ({ ...toLegal(), departmentId: 'deleted' });
  assert.equal(route(rules, input('Bonjour', 'other', gone), org).departmentId, null);
});

test('when the model places a crisis, the intent map still says how urgent it is', () => {
  const d = route(rules, input('Incendie dans le magasin', 'crisis', toLegal), org);
  assert.deepEqual([d.departmentId, d.priority], ['legal', 'urgent']);
});
