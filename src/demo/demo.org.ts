// The demo organisation: a retailer with a French head office, a service subsidiary and a
// Canadian branch. Two departments have no social adviser on purpose, so the chart shows the flag.
import type { DepartmentKind, EntityKind } from '../org/org.domain.ts';
import type { Role } from '../policy/policy.ts';

export const DEMO_ORGANISATION = 'Groupe Maison Lumière';

export interface DemoEntity {
  key: string;
  parent?: string;
  name: string;
  kind: EntityKind;
  timezone: string;
  departments: DepartmentKind[];
}

export const DEMO_ENTITIES: DemoEntity[] = [
  {
    key: 'fr',
    name: 'Maison Lumière France',
    kind: 'country',
    timezone: 'Europe/Paris',
    departments: ['customer_service', 'hr', 'rnd', 'communication', 'marketing', 'legal', 'it', 'bi', 'executive'],
  },
  { key: 'services', parent: 'fr', name: 'Lumière Services', kind: 'subsidiary', timezone: 'Europe/Paris', departments: ['customer_service'] },
  { key: 'ca', name: 'Maison Lumière Canada', kind: 'country', timezone: 'America/Toronto', departments: ['customer_service', 'marketing', 'hr'] },
];

export interface DemoPerson {
  email: string;
  name: string;
  title: string;
  locale: 'fr' | 'en';
  /** Role at a scope: 'group', an entity key, or 'entityKey/departmentKind'. */
  roles: [Role, string][];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'coordinator@relais.example', name: 'Claire Martin', title: 'Coordinatrice médias sociaux', locale: 'fr', roles: [['coordinator', 'group']] },
  { email: 'sponsor@relais.example', name: 'Thomas Bernard', title: 'Directeur général', locale: 'fr', roles: [['sponsor', 'group']] },
  { email: 'admin@relais.example', name: 'Inès Moreau', title: 'Responsable informatique', locale: 'fr', roles: [['admin', 'group'], ['social_adviser', 'fr/it']] },
  { email: 'auditor@relais.example', name: 'Paul Lefèvre', title: 'Auditeur interne', locale: 'fr', roles: [['auditor', 'group']] },
  { email: 'cco@relais.example', name: 'Lucas Girard', title: 'Directeur des communautés', locale: 'fr', roles: [['chief_community_officer', 'group']] },
  { email: 'sav@relais.example', name: 'Sophie Laurent', title: 'Relais social SAV', locale: 'fr', roles: [['social_adviser', 'fr/customer_service']] },
  { email: 'sav2@relais.example', name: 'Mehdi Saïdi', title: 'Conseiller SAV', locale: 'fr', roles: [['social_adviser', 'fr/customer_service']] },
  { email: 'rh@relais.example', name: 'Karim Haddad', title: 'Relais social RH', locale: 'fr', roles: [['social_adviser', 'fr/hr']] },
  { email: 'rd@relais.example', name: 'Julie Petit', title: 'Relais social R&D', locale: 'fr', roles: [['social_adviser', 'fr/rnd']] },
  { email: 'presse@relais.example', name: 'Marc Dubois', title: 'Relations presse', locale: 'fr', roles: [['social_adviser', 'fr/communication']] },
  { email: 'marketing@relais.example', name: 'Emma Roux', title: 'Relais social marketing', locale: 'fr', roles: [['social_adviser', 'fr/marketing']] },
  { email: 'cm@relais.example', name: 'Léa Fontaine', title: 'Community manager', locale: 'fr', roles: [['community_manager', 'fr/marketing']] },
  { email: 'juridique@relais.example', name: 'Hugo Mercier', title: 'Juriste', locale: 'fr', roles: [['social_adviser', 'fr/legal']] },
  { email: 'champion@relais.example', name: 'Nadia Benali', title: 'Ambassadrice du changement', locale: 'fr', roles: [['change_champion', 'fr'], ['contributor', 'fr/rnd']] },
  { email: 'services@relais.example', name: 'Chloé Garnier', title: 'Relais social Lumière Services', locale: 'fr', roles: [['social_adviser', 'services/customer_service']] },
  { email: 'support.ca@relais.example', name: 'Olivia Tremblay', title: 'Customer care lead', locale: 'en', roles: [['social_adviser', 'ca/customer_service']] },
  { email: 'marketing.ca@relais.example', name: 'Liam Gagnon', title: 'Marketing adviser', locale: 'en', roles: [['social_adviser', 'ca/marketing'], ['coordinator', 'ca']] },
];
