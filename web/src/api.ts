// The typed client of the Relais API. Every call goes through `request`, which sends JSON with
// the session cookie, adds the CSRF token on writes, and turns the API's error body into an
// ApiError whose field details forms show next to their fields. Types come from the server's
// own schemas and row types, so a change there shows up here as a type error.
import type { Static } from 'typebox';
import type { EntityInput as EntityInputSchema, DepartmentInput as DepartmentInputSchema } from '../../src/org/org.routes.ts';
import type { PersonInput as PersonInputSchema, GrantInput as GrantInputSchema } from '../../src/people/people.routes.ts';
import type { LoginInput as LoginInputSchema } from '../../src/auth/auth.routes.ts';
import type { DepartmentRow, EntityRow } from '../../src/org/org.repo.ts';
import type { PersonRow, GrantRow } from '../../src/people/people.repo.ts';
import type { AuditEntry } from '../../src/audit/audit.repo.ts';
import type { Principal } from '../../src/policy/policy.ts';
import type { chart, departmentPage } from '../../src/org/org.service.ts';
import type { grantRole } from '../../src/people/people.service.ts';
import type { listTokens } from '../../src/auth/auth.repo.ts';
import type { RuleInput as RuleInputSchema } from '../../src/routing/routing.routes.ts';
import type { ImportReport } from '../../src/conversations/import.service.ts';
import type {
  Channel,
  ConversationDetail,
  ConversationPatch,
  ConversationSummary,
  HandoffStat,
  InboxQuery,
  ListeningQuery,
  NewReply,
  Notification,
  RoutingRule,
} from './conversations.ts';

export type { DepartmentRow, EntityRow, PersonRow, GrantRow, AuditEntry, ImportReport };
export type EntityInput = Static<typeof EntityInputSchema>;
export type DepartmentInput = Static<typeof DepartmentInputSchema>;
export type DepartmentPatch = Partial<Omit<DepartmentInput, 'names'>> & { names?: Partial<DepartmentInput['names']> };
export type PersonInput = Static<typeof PersonInputSchema>;
/** `currentPassword` is required when people change their own password. */
export type PersonPatch = Partial<Pick<PersonRow, 'name' | 'title' | 'locale' | 'active'>> & { password?: string; currentPassword?: string };
export type GrantInput = Static<typeof GrantInputSchema>;
export type LoginInput = Static<typeof LoginInputSchema>;
export type RuleInput = Static<typeof RuleInputSchema>;
export type ListeningQueryInput = Pick<ListeningQuery, 'departmentId' | 'name' | 'query'> & { enabled?: boolean };
export type Chart = Awaited<ReturnType<typeof chart>>;
export type ChartEntity = Chart['entities'][number];
export type ChartDepartment = ChartEntity['departments'][number];
export type DepartmentPage = Awaited<ReturnType<typeof departmentPage>>;
export type Member = DepartmentPage['members'][number];
export type Grant = Awaited<ReturnType<typeof grantRole>>;
export type PersonPage = PersonRow & { roles: GrantRow[] };
export type Me = PersonPage & { csrfToken: string | null; via: Principal['via'] };
export type ApiToken = Awaited<ReturnType<typeof listTokens>>[number];
export interface NewApiToken {
  id: string;
  name: string;
  token: string;
  prefix: string;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface FieldDetail {
  field: string;
  message: string;
}

/** The inbox is paged by conversation id: the cursor is the last id shown. */
export interface InboxPage {
  items: ConversationSummary[];
  nextCursor: number | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldDetail[] | null = null,
    /** The error's `details` as sent, for errors whose details are not field messages (guideline findings). */
    readonly raw: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field messages keyed by field path (`names.fr`, `email`…), for display next to the fields. */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details ?? []) out[d.field] = out[d.field] ? `${out[d.field]}; ${d.message}` : d.message;
    return out;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the session ends under our feet (expired, signed out elsewhere, password changed). */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function detailsOf(raw: unknown): FieldDetail[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.filter((d): d is FieldDetail => d && typeof d.field === 'string' && typeof d.message === 'string');
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, opts: { body?: unknown; query?: Query } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: any = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    /* a proxy's HTML error page: reported below with the status */
  }
  if (!res.ok) {
    if (res.status === 401 && path !== '/api/auth/login') onUnauthenticated();
    throw errorOf(res.status, res.statusText, data);
  }
  return data as T;
}

function errorOf(status: number, statusText: string, data: any): ApiError {
  const e = data?.error;
  return e ? new ApiError(status, String(e.code), String(e.message), detailsOf(e.details), e.details ?? null) : new ApiError(status, 'http_error', statusText || `HTTP ${status}`);
}

export type ImportFormat = 'csv' | 'jsonl';
/** The body types the import route reads. */
export const IMPORT_TYPES: Record<ImportFormat, string> = { csv: 'text/csv', jsonl: 'application/x-ndjson' };

/**
 * Sends a file as the body of `POST /api/channels/:id/import`. XMLHttpRequest rather than fetch,
 * because only it reports how much of an upload has gone; the server imports as the bytes arrive,
 * so the upload's progress is the import's. `signal` stops the upload: the lines already received
 * stay imported, and sending the same file again adds only what is missing.
 */
export function uploadImport(
  channelId: string,
  file: Blob,
  format: ImportFormat,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/channels/${enc(channelId)}/import`);
    xhr.setRequestHeader('content-type', IMPORT_TYPES[format]);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let data: any = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        /* not JSON: reported with the status */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as ImportReport);
      if (xhr.status === 401) onUnauthenticated();
      reject(errorOf(xhr.status, xhr.statusText, data));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the connection was lost'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'stopped'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

const enc = encodeURIComponent;

export const api = {
  login: (body: LoginInput) => request<{ csrfToken: string }>('POST', '/api/auth/login', { body }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  me: () => request<Me>('GET', '/api/me'),

  chart: () => request<Chart>('GET', '/api/org/chart'),
  entities: () => request<EntityRow[]>('GET', '/api/entities'),
  entity: (id: string) => request<EntityRow>('GET', `/api/entities/${enc(id)}`),
  createEntity: (body: EntityInput) => request<EntityRow>('POST', '/api/entities', { body }),
  updateEntity: (id: string, body: Partial<EntityInput>) => request<EntityRow>('PATCH', `/api/entities/${enc(id)}`, { body }),

  departments: () => request<DepartmentRow[]>('GET', '/api/departments'),
  department: (id: string) => request<DepartmentPage>('GET', `/api/departments/${enc(id)}`),
  createDepartment: (body: DepartmentInput) => request<DepartmentRow>('POST', '/api/departments', { body }),
  updateDepartment: (id: string, body: DepartmentPatch) => request<DepartmentRow>('PATCH', `/api/departments/${enc(id)}`, { body }),

  people: (query: { q?: string; limit?: number; cursor?: string | null }) => request<Page<PersonRow>>('GET', '/api/people', { query }),
  person: (id: string) => request<PersonPage>('GET', `/api/people/${enc(id)}`),
  createPerson: (body: PersonInput) => request<PersonRow>('POST', '/api/people', { body }),
  updatePerson: (id: string, body: PersonPatch) => request<PersonRow>('PATCH', `/api/people/${enc(id)}`, { body }),
  grantRole: (personId: string, body: GrantInput) => request<Grant>('POST', `/api/people/${enc(personId)}/roles`, { body }),
  revokeRole: (personId: string, grantId: string) => request<void>('DELETE', `/api/people/${enc(personId)}/roles/${enc(grantId)}`),

  audit: (query: AuditQuery) => request<Page<AuditEntry>>('GET', '/api/audit', { query: { ...query } }),

  tokens: () => request<ApiToken[]>('GET', '/api/tokens'),
  createToken: (name: string) => request<NewApiToken>('POST', '/api/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/api/tokens/${enc(id)}`),

  channels: () => request<Channel[]>('GET', '/api/channels'),
  channel: (id: string) => request<Channel>('GET', `/api/channels/${enc(id)}`),
  conversations: (query: InboxQuery) => request<InboxPage>('GET', '/api/conversations', { query: { ...query } }),
  conversation: (id: number) => request<ConversationDetail>('GET', `/api/conversations/${id}`),
  updateConversation: (id: number, body: ConversationPatch) => request<ConversationDetail>('PATCH', `/api/conversations/${id}`, { body }),
  addNote: (id: number, body: { text: string; mentions?: string[] }) => request<{ id: number }>('POST', `/api/conversations/${id}/notes`, { body }),
  handOff: (id: number, body: { departmentId: string; reason: string }) => request<{ handoffId: number }>('POST', `/api/conversations/${id}/handoff`, { body }),
  share: (id: number, departmentId: string) => request<void>('POST', `/api/conversations/${id}/share`, { body: { departmentId } }),
  reply: (id: number, text: string) => request<NewReply>('POST', `/api/conversations/${id}/replies`, { body: { text } }),
  handoffStats: () => request<HandoffStat[]>('GET', '/api/handoffs/stats'),

  notifications: () => request<Notification[]>('GET', '/api/notifications'),
  markNotificationsRead: () => request<void>('POST', '/api/notifications/read'),

  routingRules: () => request<RoutingRule[]>('GET', '/api/routing/rules'),
  createRule: (body: RuleInput) => request<RoutingRule>('POST', '/api/routing/rules', { body }),
  updateRule: (id: string, body: Partial<RuleInput>) => request<RoutingRule>('PATCH', `/api/routing/rules/${enc(id)}`, { body }),
  listeningQueries: () => request<ListeningQuery[]>('GET', '/api/listening-queries'),
  createListeningQuery: (body: ListeningQueryInput) => request<ListeningQuery>('POST', '/api/listening-queries', { body }),
};

export interface AuditQuery {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
  /** ISO date-times; `to` is exclusive. */
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string | null;
}
