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

export interface DemoChannel {
  key: string;
  name: string;
  /** 'entityKey/departmentKind' */
  department: string;
  ownHandle: string;
  lang: ('fr' | 'en')[];
  /** The network behind the channel: per-network guidelines (length limits) key on it. */
  network: string;
}

/** API channels the demo conversations come through; an integration pushes items into them. */
export const DEMO_CHANNELS: DemoChannel[] = [
  { key: 'twitter-fr', name: 'X @MaisonLumiere', department: 'fr/customer_service', ownHandle: 'MaisonLumiere', lang: ['fr'], network: 'x' },
  { key: 'facebook-fr', name: 'Facebook Maison Lumière', department: 'fr/customer_service', ownHandle: 'maisonlumiere', lang: ['fr'], network: 'facebook' },
  { key: 'instagram', name: 'Instagram @maisonlumiere', department: 'fr/marketing', ownHandle: 'maisonlumiere', lang: ['fr', 'en'], network: 'instagram' },
  { key: 'twitter-ca', name: 'X @MaisonLumiereCA', department: 'ca/customer_service', ownHandle: 'MaisonLumiereCA', lang: ['en', 'fr'], network: 'x' },
  { key: 'careers', name: 'Carrières / Careers', department: 'fr/hr', ownHandle: 'maison-lumiere-careers', lang: ['fr', 'en'], network: 'linkedin' },
  { key: 'press-inbox', name: 'Presse / Press', department: 'fr/communication', ownHandle: 'presse-maisonlumiere', lang: ['fr', 'en'], network: 'email' },
];
