// The learned routing model through the API, on a real database: the feedback loop (a hand-off
// changes what the next training predicts, and where the next message goes), the figures kept per
// training, the refusals, and the scheduled retrain with its lease.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { loadActiveModel, retrainIfDue, trainModel, TrainingBusy } from '../../src/routing/routing-model.service.ts';
import { claimLease, loadHistory, releaseLease } from '../../src/routing/routing-model.repo.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
let legal: { id: string };
let customerService: { id: string };
let communication: { id: string };
let seq = 0;

const subjects = ['Mon abonnement box fibre', 'Ma facture internet', 'Le prélèvement de ma box fibre', 'Mon forfait internet fibre', 'La facture de ma box', 'Mon contrat box internet'];
const problems = [
  'a été facturé deux fois ce mois-ci',
  'est plus cher que prévu sans prévenir',
  'continue d’être prélevé après la résiliation',
  'comporte des frais que je n’ai jamais acceptés',
  'a augmenté sans aucun courrier',
  'm’est encore réclamé alors que j’ai résilié',
];
const topic = subjects.flatMap((s) => problems.map((p) => `${s} ${p}, que faire ?`));
const jobs = ['vendeur', 'caissier', 'magasinier', 'conseiller de vente'].flatMap((job) =>
  ['Lyon', 'Lille', 'Nantes', 'Bordeaux'].map((city) => `Bonjour, je souhaite postuler au poste de ${job} à ${city}, où envoyer mon CV et ma lettre de motivation ?`),
);
const praise = ['la lampe Lumière', 'le canapé Aurore', 'la table basse', 'le service de livraison'].flatMap((thing) =>
  ['magnifique', 'parfait', 'superbe qualité', 'un vrai coup de cœur'].map((word) => `Merci pour ${thing}, ${word}, toute la famille adore !`),
);
const probe = 'Ma box fibre m’est facturée deux fois et on me réclame encore des frais après la résiliation, que faire ?';

async function ingest(channel: string, texts: string[], handle?: string): Promise<number[]> {
  const body = texts.map((text) => {
    seq++;
    return { channel, externalId: `rm-${seq}`, author: { handle: handle ?? `@client_${seq}` }, text, createdAt: new Date().toISOString() };
  });
  const r = await t.call('POST', '/api/conversations', { as: coordinator, body });
  assert.equal(r.statusCode, 200, r.body);
  return r.json().results.map((x: any) => x.id);
}

async function resolve(ids: number[]) {
  for (const id of ids) {
    const r = await t.call('PATCH', `/api/conversations/${id}`, { as: coordinator, body: { status: 'resolved' } });
    assert.equal(r.statusCode, 200, r.body);
  }
}

const train = (as = coordinator) => t.call('POST', '/api/routing/model/train', { as, body: {} });
const suggest = async (text: string) => {
  const r = await t.call('POST', '/api/routing/model/suggest', { as: sav, body: { text } });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
};

function assertFigures(m: any) {
  for (const k of ['accuracy', 'macroF1', 'coverage', 'coveredAccuracy']) {
    assert.equal(typeof m[k], 'number', `${k} is a number`);
    assert.ok(m[k] >= 0 && m[k] <= 1, `${k} = ${m[k]}`);
  }
  assert.ok(m.heldout > 0);
}

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
  const deps = (await t.call('GET', '/api/departments', { as: coordinator })).json();
  const fr = (kind: string) => deps.find((d: any) => d.kind === kind && d.entity.name === 'Maison Lumière France');
  legal = fr('legal');
  customerService = fr('customer_service');
  communication = fr('communication');
});
after(() => t.close());

test('with too little history training is refused (409, saying how many more); only the coordinator trains (403)', async () => {
  assert.equal((await train(sav)).statusCode, 403);
  const r = await train();
  assert.equal(r.statusCode, 409, r.body);
  assert.equal(r.json().error.code, 'not_enough_data');
  assert.match(r.json().error.message, /0 so far, 30 more needed/);
  const overview = (await t.call('GET', '/api/routing/model', { as: sav })).json();
  assert.equal(overview.active, null);
  assert.deepEqual(overview.history, []);
  assert.equal((await t.call('POST', '/api/routing/model/suggest', { as: sav, body: { text: probe } })).json().error.code, 'no_model');
});

test('a hand-off changes what the next training predicts, and where the next message goes', async () => {
  const topicIds = await ingest('X @MaisonLumiere', topic);
  for (const id of topicIds) {
    const c = (await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).json();
    assert.equal(c.department.id, customerService.id, 'the default rules send the topic to customer service');
  }
  const kept = topicIds.filter((_, i) => i % 3 === 0);
  const toHandOff = topicIds.filter((_, i) => i % 3 !== 0);
  await resolve(kept);
  await resolve(await ingest('Carrières / Careers', jobs));
  await resolve(await ingest('Instagram @maisonlumiere', praise));

  const first = await train();
  assert.equal(first.statusCode, 201, first.body);
  const m1 = first.json();
  assert.ok(m1.examples >= 30 && m1.examples <= kept.length + jobs.length + praise.length, `${m1.examples} examples`);
  assert.equal(m1.handoffs, 0);
  assert.ok(m1.classes >= 2);
  assertFigures(m1);
  const before = await suggest(probe);
  assert.equal(before.departmentId, customerService.id, 'before the hand-offs: customer service');
  assert.equal(before.model.version, String(m1.id));

  for (const id of toHandOff) {
    const r = await t.call('POST', `/api/conversations/${id}/handoff`, { as: sav, body: { departmentId: legal.id, reason: 'Litige sur le contrat : pour le juridique' } });
    assert.equal(r.statusCode, 200, r.body);
  }
  const second = await train();
  assert.equal(second.statusCode, 201, second.body);
  const m2 = second.json();
  assert.ok(m2.handoffs > 0 && m2.handoffs <= toHandOff.length);
  assert.ok(m2.examples > m1.examples);
  assertFigures(m2);
  assert.equal(m2.routesAtIngest, true, `held-out accuracy on labelled messages ${m2.coveredAccuracy}`);
  const after = await suggest(probe);
  assert.equal(after.departmentId, legal.id, 'after the hand-offs: legal');
  assert.ok(after.confidence > 0.5 && after.confidence <= 1, `confidence ${after.confidence}`);

  // The history grows by one per training, newest first; the newest is the active model.
  const overview = (await t.call('GET', '/api/routing/model', { as: sav })).json();
  assert.deepEqual(overview.history.map((h: any) => h.id), [m2.id, m1.id]);
  assert.equal(overview.active.id, m2.id);
  assert.deepEqual(overview.history.map((h: any) => h.active), [true, false]);
  assert.equal(typeof overview.history[1].accuracy, 'number');
  const audit = (await t.call('GET', '/api/audit?action=routing_model.train', { as: coordinator })).json();
  assert.equal(audit.items.length, 2);

  // The next message of the topic goes to legal, and says why.
  const [next] = await ingest('X @MaisonLumiere', ['Ma facture internet fibre est comptée deux fois après ma résiliation, que faire ?']);
  const c = (await t.call('GET', `/api/conversations/${next}`, { as: coordinator })).json();
  assert.equal(c.department.id, legal.id);
  assert.equal(c.routing.kind, 'model');
  assert.equal(c.routing.model.name, 'relais-routing');
  assert.equal(c.routing.model.version, String(m2.id));
  assert.match(c.routing.reason, new RegExp(`^learned from ${m2.examples} resolved conversations and hand-offs \\(confidence 0\\.\\d\\d\\)$`));
  // The coordinator's own rules still come first; the conversation shows what the model would have said.
  const rule = await t.call('POST', '/api/routing/rules', {
    as: coordinator,
    body: { name: 'Résiliation → service client', position: 10, conditions: { keywords: 'résiliation' }, actions: { departmentId: customerService.id } },
  });
  assert.equal(rule.statusCode, 201, rule.body);
  const [byRule] = await ingest('X @MaisonLumiere', ['Ma box fibre est facturée deux fois depuis la résiliation, que faire ?']);
  const placed = (await t.call('GET', `/api/conversations/${byRule}`, { as: coordinator })).json();
  assert.equal(placed.department.id, customerService.id);
  assert.equal(placed.routing.ruleName, 'Résiliation → service client');
  assert.equal(placed.routing.suggestion.departmentId, legal.id);
  assert.ok(placed.routing.suggestion.confidence > 0.5);
  await t.call('PATCH', `/api/routing/rules/${rule.json().id}`, { as: coordinator, body: { enabled: false } });
});

test('the last hand-off is the one a conversation teaches; own messages teach nothing', async () => {
  const [id] = await ingest('X @MaisonLumiere', ['La facture de ma box internet est encore fausse ce mois-ci']);
  // Our own account speaking in the channel: stored resolved in customer service, never routed.
  const [own] = await ingest('X @MaisonLumiere', ['Votre facture internet sera corrigée, écrivez-nous en privé.'], '@MaisonLumiere');
  const juridique = await t.login('juridique@relais.example');
  const moved = await t.call('POST', `/api/conversations/${id}/handoff`, { as: coordinator, body: { departmentId: legal.id, reason: 'contrat' } });
  assert.equal(moved.statusCode, 200, moved.body);
  const again = await t.call('POST', `/api/conversations/${id}/handoff`, { as: juridique, body: { departmentId: communication.id, reason: 'risque d’image' } });
  assert.equal(again.statusCode, 200, again.body);
  const rows = await loadHistory(t.db);
  assert.equal(rows.find((r) => r.id === id)?.handedTo, communication.id);
  const stored = await t.db.query<any>('SELECT status, department_id FROM conversations WHERE id = $1', [own]);
  assert.deepEqual(stored.rows[0], { status: 'resolved', department_id: customerService.id });
  assert.equal(rows.find((r) => r.id === own), undefined);
});

test('the scheduled retrain trains only when due, one worker at a time, under the lease', async () => {
  assert.deepEqual(await retrainIfDue(t.db), { trained: false, reason: 'not_due' });
  // Two days later, with nothing resolved or handed off since: still nothing to learn.
  await t.db.query(`UPDATE routing_models SET trained_at = trained_at - interval '2 days'`);
  await t.db.query(`UPDATE routing_model_jobs SET attempted_at = attempted_at - interval '2 days'`);
  await t.db.query(`UPDATE conversations SET resolved_at = resolved_at - interval '3 days'`);
  await t.db.query(`UPDATE handoffs SET created_at = created_at - interval '3 days'`);
  const quiet = await retrainIfDue(t.db, { minNewExamples: 5 });
  assert.equal(quiet.trained, false);
  assert.equal(quiet.trained === false && quiet.reason, 'too_few_new');

  await resolve(await ingest('Instagram @maisonlumiere', praise.slice(0, 6).map((x) => x.replace('Merci', 'Bravo'))));
  const activeBefore = await loadActiveModel(t.db);
  const runs = await Promise.all([retrainIfDue(t.db, { minNewExamples: 5 }), retrainIfDue(t.db, { minNewExamples: 5 })]);
  assert.equal(runs.filter((r) => r.trained).length, 1, JSON.stringify(runs.map((r) => (r.trained ? 'trained' : r.reason))));
  const trained = runs.find((r) => r.trained)!;
  assert.ok(trained.trained && trained.model.trainedBy === 'scheduler');
  const activeAfter = await loadActiveModel(t.db);
  assert.ok(activeAfter && activeBefore && activeAfter.id !== activeBefore.id, 'ingest picks up the new model');
  assert.equal(await loadActiveModel(t.db), activeAfter, 'cached between checks');

  // While someone holds the lease, nobody else trains.
  assert.equal(await claimLease(t.db), true);
  try {
    await assert.rejects(trainModel({ db: t.db }, { system: 'test' }), TrainingBusy);
    const busy = await train();
    assert.equal(busy.statusCode, 409);
    assert.equal(busy.json().error.code, 'training_in_progress');
  } finally {
    await releaseLease(t.db, 'test');
  }
  assert.equal((await train()).statusCode, 201);
});
