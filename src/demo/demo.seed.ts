// Loads the demo organisation into an empty database, through the same services a person
// uses, so the audit log starts with the history of its creation.
import crypto from 'node:crypto';
import type { Db } from '../db/db.ts';
import type { Actor } from '../audit/audit.repo.ts';
import { record } from '../audit/audit.repo.ts';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../org/org.domain.ts';
import * as orgRepo from '../org/org.repo.ts';
import * as peopleRepo from '../people/people.repo.ts';
import { hashPassword } from '../auth/password.ts';
import { DEMO_ENTITIES, DEMO_ORGANISATION, DEMO_PEOPLE } from './demo.org.ts';

const ACTOR: Actor = { system: 'demo' };

export async function isEmpty(db: Db): Promise<boolean> {
  return !(await orgRepo.getOrganisation(db)) && (await peopleRepo.countPeople(db)) === 0;
}

export interface DemoResult {
  password: string;
  accounts: { email: string; name: string; roles: string[] }[];
}

export async function seedDemo(db: Db, password = crypto.randomBytes(9).toString('base64url')): Promise<DemoResult> {
  const passwordHash = await hashPassword(password);
  await db.tx(async (q) => {
    await orgRepo.setOrganisation(q, DEMO_ORGANISATION);
    await record(q, ACTOR, 'organisation.create', { type: 'organisation', id: '1' }, null, { name: DEMO_ORGANISATION });
    const entityIds = new Map<string, string>();
    const departmentIds = new Map<string, string>();
    for (const e of DEMO_ENTITIES) {
      const row = await orgRepo.insertEntity(q, {
        parentId: e.parent ? entityIds.get(e.parent)! : null,
        name: e.name,
        kind: e.kind,
        timezone: e.timezone,
      });
      entityIds.set(e.key, row.id);
      await record(q, ACTOR, 'entity.create', { type: 'entity', id: row.id }, null, row);
      for (const kind of e.departments) {
        const names = DEPARTMENT_KIND_NAMES[kind as DepartmentKind];
        const id = await orgRepo.insertDepartment(q, { entityId: row.id, kind, names });
        departmentIds.set(`${e.key}/${kind}`, id);
        await record(q, ACTOR, 'department.create', { type: 'department', id }, null, { entityId: row.id, kind, names });
      }
    }
    for (const p of DEMO_PEOPLE) {
      const person = await peopleRepo.insertPerson(q, { ...p, passwordHash });
      await record(q, ACTOR, 'person.create', { type: 'person', id: person.id }, null, person);
      for (const [role, scope] of p.roles) {
        const g =
          scope === 'group'
            ? { role, scopeType: 'group' as const, scopeId: null }
            : scope.includes('/')
              ? { role, scopeType: 'department' as const, scopeId: departmentIds.get(scope)! }
              : { role, scopeType: 'entity' as const, scopeId: entityIds.get(scope)! };
        const grantId = await peopleRepo.insertGrant(q, person.id, g);
        await record(q, ACTOR, 'role.grant', { type: 'person', id: person.id }, null, { grantId, ...g });
      }
    }
  });
  return { password, accounts: DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, roles: p.roles.map(([r, s]) => `${r}@${s}`) })) };
}
