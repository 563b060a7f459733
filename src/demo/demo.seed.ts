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
import { DEMO_CHANNELS, DEMO_ENTITIES, DEMO_ORGANISATION, DEMO_PEOPLE } from './demo.org.ts';
import { insertChannel } from '../channels/channels.repo.ts';
import { invalidate } from '../conversations/pipeline.context.ts';
import { seedStarterCharter } from '../guidelines/guidelines.service.ts';
import { seedDemoPolicies } from '../approvals/approvals.policies.ts';

const ACTOR: Actor = { system: 'demo' };

export async function isEmpty(db: Db): Promise<boolean> {
  return !(await orgRepo.getOrganisation(db)) && (await peopleRepo.countPeople(db)) === 0;
}

export interface DemoResult {
  password: string;
  accounts: { email: string; name: string; roles: string[] }[];
}

export interface DemoOptions {
  /** Load the demo conversations too (a few hundred, spread over the last 30 days). */
  conversations?: boolean;
  now?: Date;
}

export async function seedDemo(db: Db, password = crypto.randomBytes(9).toString('base64url'), opts: DemoOptions = {}): Promise<DemoResult> {
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
        businessHours: null,
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
    for (const c of DEMO_CHANNELS) {
      const config = { ownHandle: c.ownHandle, network: c.network, secret: crypto.randomBytes(24).toString('base64url') };
      const id = await insertChannel(q, { name: c.name, kind: 'api', departmentId: departmentIds.get(c.department)!, active: true, config, lang: c.lang });
      await record(q, ACTOR, 'channel.create', { type: 'channel', id }, null, { name: c.name, kind: 'api', department: c.department });
    }
    await seedStarterCharter(q, ACTOR);
    await seedDemoPolicies(q, ACTOR, departmentIds);
  });
  invalidate();
  if (opts.conversations !== false) {
    const { seedDemoConversations } = await import('./demo.conversations.seed.ts');
    await seedDemoConversations(db, opts.now ?? new Date());
  }
  return { password, accounts: DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, roles: p.roles.map(([r, s]) => `${r}@${s}`) })) };
}
