import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS, can, canSomewhere, ROLES, type Principal, type RoleGrant } from '../../src/policy/policy.ts';

const who = (...grants: RoleGrant[]): Principal => ({ personId: 'p', email: 'p@x', name: 'P', via: 'session', grants });
const FR = 'entity-fr';
const SERVICES = 'entity-services'; // under FR
const CA = 'entity-ca';
const inServices = { entityPath: [SERVICES, FR], departmentId: 'dep-services-sav' };
const inCanada = { entityPath: [CA], departmentId: 'dep-ca-sav' };

test('the auditor reads everything and writes nothing', () => {
  const auditor = who({ role: 'auditor', scopeType: 'group', scopeId: null });
  for (const [action, rule] of Object.entries(ACTIONS)) {
    const allowed = canSomewhere(auditor, action as keyof typeof ACTIONS);
    if (rule.write) assert.equal(allowed, false, `auditor must not ${action}`);
  }
  assert.ok(can(auditor, 'audit.read'));
  assert.ok(can(auditor, 'org.read'));
});

test('a group coordinator manages the organisation anywhere', () => {
  const c = who({ role: 'coordinator', scopeType: 'group', scopeId: null });
  assert.ok(can(c, 'org.manage', inServices));
  assert.ok(can(c, 'org.manage', inCanada));
  assert.ok(can(c, 'org.manage'));
});

test('an entity coordinator manages its entity and the entities below it, not others', () => {
  const c = who({ role: 'coordinator', scopeType: 'entity', scopeId: FR });
  assert.ok(can(c, 'org.manage', inServices), 'nested entity is covered');
  assert.equal(can(c, 'org.manage', inCanada), false);
  assert.equal(can(c, 'org.manage'), false, 'a top-level change needs the group scope');
  assert.ok(canSomewhere(c, 'org.manage'));
});

test('a social adviser may not manage the organisation or grant roles', () => {
  const a = who({ role: 'social_adviser', scopeType: 'department', scopeId: 'dep-services-sav' });
  assert.equal(can(a, 'org.manage', inServices), false);
  assert.equal(can(a, 'roles.manage', inServices), false);
  assert.equal(can(a, 'audit.read'), false);
  assert.ok(can(a, 'org.read'));
  assert.ok(can(a, 'self.manage'));
});

test('a person without any role can do nothing', () => {
  const nobody = who();
  for (const action of Object.keys(ACTIONS)) assert.equal(canSomewhere(nobody, action as keyof typeof ACTIONS), false);
});

test('every role is known to at least one action', () => {
  for (const role of ROLES) {
    assert.ok(Object.values(ACTIONS).some((r) => (r.roles as readonly string[]).includes(role)), role);
  }
});
