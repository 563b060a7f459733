// Codes the server sends that the interface names or colours. Labels live in the dictionaries
// (i18n/fr.ts, i18n/en.ts); this file holds the lists and the colours, typed over the server's
// own lists so a new kind or role cannot go unnoticed.
import type { DepartmentKind } from '../../src/org/org.domain.ts';
import type { Role } from '../../src/policy/policy.ts';

/** Audit actions offered as filters. The log may hold others; they show with their code. */
export const AUDIT_ACTIONS = [
  'organisation.create',
  'entity.create',
  'entity.update',
  'department.create',
  'department.update',
  'person.create',
  'person.update',
  'role.grant',
  'role.revoke',
  'auth.login',
  'token.create',
  'token.revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SUBJECTS = ['organisation', 'entity', 'department', 'person', 'api_token'] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

/**
 * One colour per department kind, reused wherever departments appear side by side (chart,
 * calendar). Chosen to stay distinct from each other and readable as a 4px band or a dot on
 * white; the text next to them always names the kind, so colour is never the only signal.
 */
export const DEPARTMENT_KIND_COLOURS: Record<DepartmentKind, string> = {
  customer_service: '#c2410c',
  hr: '#7c3aed',
  rnd: '#0f766e',
  communication: '#be185d',
  marketing: '#b45309',
  it: '#1d4ed8',
  bi: '#4d7c0f',
  legal: '#475569',
  executive: '#1e293b',
  other: '#94a3b8',
};

/** Roles that make sense inside one department; group-wide roles are granted from a person's page. */
export const DEPARTMENT_ROLES: readonly Role[] = ['social_adviser', 'community_manager', 'change_champion', 'contributor'];
