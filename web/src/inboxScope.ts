// Who sees and works which conversations, computed on the client with the server's own
// `canSeeConversation`, so the inbox offers only the departments the API would open and hides
// every control the API would refuse. The organisation (departments, entities, channels,
// listening queries) is loaded once and kept a minute: it changes rarely and every inbox view needs it.
import { canSeeConversation, type ConversationScope } from '../../src/policy/policy.ts';
import { api, type DepartmentRow, type EntityRow } from './api.ts';
import type { Channel, ConversationDetail, ListeningQuery } from './conversations.ts';
import type { Lang } from './i18n/index.ts';
import { departmentLabel, entityTarget } from './orgTree.ts';
import type { Session } from './session.tsx';

export interface InboxOrg {
  departments: DepartmentRow[];
  entities: EntityRow[];
  channels: Channel[];
  queries: ListeningQuery[];
  departmentById: Map<string, DepartmentRow>;
  channelById: Map<string, Channel>;
}

let cached: { at: number; personId: string; org: Promise<InboxOrg> } | undefined;
const KEEP_MS = 60_000;

/** Kept for the person who loaded it only: after a sign-out, the next person loads their own. */
export function loadInboxOrg(personId: string): Promise<InboxOrg> {
  if (cached && cached.personId === personId && Date.now() - cached.at < KEEP_MS) return cached.org;
  const org = Promise.all([api.departments(), api.entities(), api.channels(), api.listeningQueries()]).then(([departments, entities, channels, queries]) => ({
    departments,
    entities,
    channels,
    queries,
    departmentById: new Map(departments.map((d) => [d.id, d])),
    channelById: new Map(channels.map((c) => [c.id, c])),
  }));
  cached = { at: Date.now(), personId, org };
  org.catch(() => (cached = undefined));
  return org;
}

/** Forget the kept organisation, after a change made here (a new listening query). */
export function forgetInboxOrg(): void {
  cached = undefined;
}

const path = (org: InboxOrg, entityId: string | undefined) => (entityId ? entityTarget(org.entities, entityId).entityPath : []);

function departmentScope(org: InboxOrg, d: DepartmentRow): ConversationScope {
  return { departmentId: d.id, departmentKind: d.kind, entityPath: path(org, d.entity.id), sharedWith: [], sharedPeople: [] };
}

/** Departments whose inbox the person may open: those they read, and those they belong to (shared items). */
export function inboxDepartments(session: Session, org: InboxOrg): DepartmentRow[] {
  const member = new Set(session.principal.grants.filter((g) => g.scopeType === 'department').map((g) => g.scopeId));
  return org.departments.filter((d) => member.has(d.id) || canSeeConversation(session.principal, departmentScope(org, d), 'read'));
}

/** The triage queue is open to whoever may read an unrouted conversation of some channel. */
export function canOpenTriage(session: Session, org: InboxOrg): boolean {
  return org.channels.some((c) => {
    const entityId = org.departmentById.get(c.department.id)?.entity.id ?? c.department.entityId;
    return canSeeConversation(session.principal, { departmentId: null, departmentKind: null, entityPath: path(org, entityId), sharedWith: [], sharedPeople: [] }, 'read');
  });
}

export function conversationScope(org: InboxOrg, c: Pick<ConversationDetail, 'department' | 'channel' | 'sharedWith'>): ConversationScope {
  const d = c.department ? org.departmentById.get(c.department.id) : undefined;
  const entityId = d?.entity.id ?? org.channelById.get(c.channel.id)?.department.entityId;
  return { departmentId: c.department?.id ?? null, departmentKind: d?.kind ?? c.department?.kind ?? null, entityPath: path(org, entityId), sharedWith: c.sharedWith ?? [], sharedPeople: [] };
}

/** What the person may do on one conversation, as the server will decide it. */
export function permissionsOn(session: Session, org: InboxOrg, c: Pick<ConversationDetail, 'department' | 'channel' | 'sharedWith'>) {
  const work = canSeeConversation(session.principal, conversationScope(org, c), 'work');
  // Notes are open to anyone who answers the public and can read the conversation (a mention opens it).
  return { work, note: session.canSomewhere('conversations.work') };
}

/** After a hand-off or a share: can the person still read the conversation where it now sits? */
export function canStillRead(session: Session, org: InboxOrg, c: Pick<ConversationDetail, 'department' | 'channel' | 'sharedWith'>): boolean {
  return canSeeConversation(session.principal, conversationScope(org, c), 'read');
}

export function departmentName(org: InboxOrg, lang: Lang, id: string | null | undefined): string | null {
  const d = id ? org.departmentById.get(id) : undefined;
  return d ? departmentLabel(d, lang) : (id ?? null);
}

/** Departments grouped by entity, in the order of the entity list, for <optgroup>s. */
export function byEntity(org: InboxOrg, departments: DepartmentRow[]): { entity: string; departments: DepartmentRow[] }[] {
  const groups = new Map<string, DepartmentRow[]>();
  for (const e of org.entities) groups.set(e.id, []);
  for (const d of departments) {
    const list = groups.get(d.entity.id);
    if (list) list.push(d);
    else groups.set(d.entity.id, [d]);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([id, list]) => ({ entity: org.entities.find((e) => e.id === id)?.name ?? list[0].entity.name, departments: list }));
}

// The inbox view last shown (department and filters), where the conversation page goes back to.
let lastInbox = '/inbox';
export function rememberInbox(address: string): void {
  lastInbox = address;
}
export function inboxAddress(): string {
  return lastInbox;
}
