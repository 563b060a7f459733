// Who may do what, decided in one place. Pure: the caller passes the principal (the roles a
// person holds, each at a scope) and, for scoped actions, where the target sits in the
// organisation. Every route names its action; the HTTP layer asks `canSomewhere` before the
// handler runs and services ask `can` with the target once they know it.

export const ROLES = [
  'sponsor',
  'coordinator',
  'chief_community_officer',
  'social_adviser',
  'community_manager',
  'change_champion',
  'contributor',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type ScopeType = 'group' | 'entity' | 'department';

export interface RoleGrant {
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
}

export interface Principal {
  personId: string;
  email: string;
  name: string;
  grants: RoleGrant[];
  /** 'session' for the web app (writes need the CSRF token), 'token' for integrations. */
  via: 'session' | 'token';
}

/** Where a target sits: its entity and that entity's ancestors (nearest first), and its department if any. */
export interface Target {
  entityPath: string[];
  departmentId?: string;
}

interface Rule {
  roles: readonly Role[];
  /** Scoped rules hold only when the grant's scope covers the target. */
  scoped: boolean;
  /** Writes are never allowed to the auditor, whatever a future edit of `roles` says. */
  write: boolean;
}

const EVERYONE = ROLES;
const MANAGERS = ['admin', 'coordinator'] as const;
/** The people who answer the public. */
const ANSWERERS = ['social_adviser', 'community_manager', 'chief_community_officer', 'coordinator'] as const;
const READERS = [...ANSWERERS, 'sponsor', 'auditor', 'contributor'] as const;

export const ACTIONS = {
  'org.read': { roles: EVERYONE, scoped: false, write: false },
  'org.manage': { roles: MANAGERS, scoped: true, write: true },
  'people.read': { roles: EVERYONE, scoped: false, write: false },
  'people.manage': { roles: MANAGERS, scoped: false, write: true },
  'roles.manage': { roles: MANAGERS, scoped: true, write: true },
  'audit.read': { roles: ['auditor', 'admin', 'coordinator', 'sponsor'], scoped: false, write: false },
  'channels.read': { roles: EVERYONE, scoped: false, write: false },
  'channels.manage': { roles: MANAGERS, scoped: true, write: true },
  'routing.read': { roles: EVERYONE, scoped: false, write: false },
  'routing.manage': { roles: ['coordinator'], scoped: false, write: true },
  'listening.manage': { roles: [...MANAGERS, 'social_adviser', 'chief_community_officer'], scoped: true, write: true },
  // Pushing items into a channel: integrations act through a token of someone in charge of it.
  'conversations.ingest': { roles: [...MANAGERS, 'social_adviser'], scoped: true, write: true },
  // Reading and working conversations is decided per conversation by canSeeConversation.
  'conversations.read': { roles: READERS, scoped: true, write: false },
  'conversations.work': { roles: ANSWERERS, scoped: true, write: true },
  'conversations.triage': { roles: ['coordinator'], scoped: true, write: true },
  // The learned routing model: its figures are for everyone, training it is the coordinator's.
  'routing.model': { roles: ['coordinator'], scoped: false, write: true },
  'guidelines.read': { roles: EVERYONE, scoped: false, write: false },
  'guidelines.manage': { roles: ['coordinator'], scoped: false, write: true },
  // Checking a draft against the guidelines changes nothing; anyone who writes replies or posts may ask.
  'guidelines.check': { roles: [...ANSWERERS, 'change_champion'], scoped: false, write: false },
  // Deciding on a message waiting for approval; the service checks the step's approvers.
  'approvals.decide': { roles: [...ANSWERERS, 'sponsor', 'admin'], scoped: false, write: true },
  // A crisis freeze is started by the coordinator or by PR (the service checks the department).
  'freeze.manage': { roles: ['coordinator', 'social_adviser'], scoped: true, write: true },
  // The shared calendar is for everyone to see; a department's advisers write its posts.
  'posts.read': { roles: EVERYONE, scoped: false, write: false },
  'posts.write': { roles: [...ANSWERERS, 'change_champion'], scoped: true, write: true },
  // One's own profile, password and API tokens: the person's account, not the organisation's
  // data, so the auditor (who writes nothing in the organisation) may keep it too.
  'self.manage': { roles: EVERYONE, scoped: false, write: false },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ACTIONS;

export function isAction(a: string): a is Action {
  return Object.prototype.hasOwnProperty.call(ACTIONS, a);
}

function covers(grant: RoleGrant, target: Target): boolean {
  switch (grant.scopeType) {
    case 'group':
      return true;
    case 'entity':
      return grant.scopeId !== null && target.entityPath.includes(grant.scopeId);
    case 'department':
      return grant.scopeId !== null && grant.scopeId === target.departmentId;
  }
}

function allowedGrants(p: Principal, action: Action): RoleGrant[] {
  const rule: Rule = ACTIONS[action];
  return p.grants.filter((g) => rule.roles.includes(g.role) && !(rule.write && g.role === 'auditor'));
}

/** May the principal perform the action on this target (or, for unscoped actions, at all)? */
export function can(p: Principal, action: Action, target?: Target): boolean {
  const grants = allowedGrants(p, action);
  if (!ACTIONS[action].scoped) return grants.length > 0;
  if (!target) return grants.some((g) => g.scopeType === 'group');
  return grants.some((g) => covers(g, target));
}

/** May the principal perform the action on at least one target? Used before a handler runs. */
export function canSomewhere(p: Principal, action: Action): boolean {
  return allowedGrants(p, action).length > 0;
}

export function hasRole(p: Principal, role: Role): boolean {
  return p.grants.some((g) => g.role === role);
}

/** What decides who sees a conversation: where it sits and whom it was shared with. */
export interface ConversationScope {
  /** null: not yet routed, in the triage queue of the channel's entity. */
  departmentId: string | null;
  departmentKind: string | null;
  entityPath: string[];
  sharedWith: string[];
  sharedPeople: string[];
}

// Roles that see every conversation in their scope, whatever the department.
const OVERSEERS: Record<'read' | 'work', readonly Role[]> = {
  read: ['coordinator', 'auditor', 'sponsor', 'chief_community_officer'],
  work: ['coordinator', 'chief_community_officer'],
};

/**
 * HR conversations stay with HR, the coordinator and the auditor unless shared: a candidate's
 * message is not for marketing to read. Everything else is visible to its department and to the
 * overseers of its entity; a share adds a department, a mention adds a person.
 */
export function canSeeConversation(p: Principal, c: ConversationScope, mode: 'read' | 'work'): boolean {
  const rule: Rule = ACTIONS[mode === 'read' ? 'conversations.read' : 'conversations.work'];
  const grants = p.grants.filter((g) => rule.roles.includes(g.role));
  const sensitive = c.departmentKind === 'hr';
  for (const g of grants) {
    const inEntity = g.scopeType === 'group' || (g.scopeType === 'entity' && g.scopeId !== null && c.entityPath.includes(g.scopeId));
    if (g.scopeType === 'department') {
      if (g.scopeId === c.departmentId || (g.scopeId !== null && c.sharedWith.includes(g.scopeId))) return true;
      continue;
    }
    if (!inEntity) continue;
    if (g.role === 'coordinator' || (mode === 'read' && g.role === 'auditor')) return true;
    if (!sensitive && c.departmentId !== null && OVERSEERS[mode].includes(g.role)) return true;
  }
  return mode === 'read' && c.sharedPeople.includes(p.personId) && p.grants.length > 0;
}
