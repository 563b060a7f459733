// The people who write to the demo organisation: a few recurring customers and big accounts, and
// pools of French, English and Canadian people whose handles follow each network's habits.
import type { DemoAuthor, DemoChannel } from './seeds.ts';

/** People who come back, by key (referred to from the conversations with `by`). */
export const RECURRING: Readonly<Record<string, DemoAuthor>> = {
  nath: { handle: 'nath_dlc', name: 'Nathalie D.', followers: 312 },
  sylvie: { handle: 'sylvie.bonnet.58', name: 'Sylvie Bonnet' },
  jb: { handle: 'JB_Bricole', name: 'Jean-Baptiste 🔧', followers: 87 },
  loic: { handle: 'loic_domotique', name: 'Loïc | maison connectée 🏠', followers: 2300 },
  clara: { handle: 'ClaraVidal_Conso', name: 'Clara Vidal', followers: 48_000 },
  anais: { handle: 'anais.lumiere.deco', name: 'Anaïs ✨ Déco & Lumière', followers: 210_000 },
  gen: { handle: 'gen_roy_mtl', name: 'Geneviève Roy', followers: 540 },
  dan: { handle: 'dankowalski', name: 'Dan Kowalski', followers: 1290 },
};

export type Region = 'fr' | 'en' | 'ca-en' | 'ca-fr';

const FIRST: Record<Region, string[]> = {
  fr: ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Marine', 'Pauline', 'Laura', 'Emma', 'Jade', 'Lucie',
    'Océane', 'Mélanie', 'Aurélie', 'Sandrine', 'Isabelle', 'Christine', 'Fatima', 'Yasmine', 'Amandine', 'Élodie',
    'Coralie', 'Justine', 'Margaux', 'Clémence', 'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Kevin', 'Romain', 'Antoine',
    'Alexandre', 'Mathieu', 'Guillaume', 'Sébastien', 'Florian', 'Quentin', 'Hugo', 'Théo', 'Yanis', 'Rachid', 'Olivier',
    'Philippe', 'Patrick', 'Didier', 'Thierry', 'Franck', 'Stéphane', 'Jérôme', 'Benoît', 'Cédric', 'Bastien', 'Adrien',
    'Moussa', 'Aïcha', 'Linh', 'Gaëlle'],
  en: ['James', 'Emily', 'Olivia', 'Jack', 'Sophie', 'Daniel', 'Grace', 'Ryan', 'Hannah', 'Chris', 'Megan', 'Tom', 'Priya',
    'Aisha', 'Ben', 'Lucy', 'Sam', 'Jess', 'Mark', 'Rachel', 'Laura', 'Amy', 'Noah', 'Ethan', 'Zoe', 'Lukas', 'Anna', 'Marco'],
  'ca-en': ['Liam', 'Emma', 'Noah', 'Ava', 'Owen', 'Madison', 'Logan', 'Hailey', 'Connor', 'Brooke', 'Ethan', 'Jasmine',
    'Tyler', 'Kayla', 'Raj', 'Mei', 'Arjun', 'Priya', 'Jordan', 'Taylor', 'Nathan', 'Chloe', 'Marcus', 'Sara'],
  'ca-fr': ['Mathieu', 'Geneviève', 'Simon', 'Marie-Ève', 'Jean-François', 'Catherine', 'Étienne', 'Véronique', 'Maxime',
    'Audrey', 'Gabriel', 'Isabelle', 'Félix', 'Mélissa', 'Olivier', 'Josée', 'Sébastien', 'Annie', 'Marc-André', 'Karine'],
};

const LAST: Record<Region, string[]> = {
  fr: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Leroy', 'Moreau', 'Simon', 'Michel', 'Garcia', 'David',
    'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'André', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
    'Legrand', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Clément',
    'Gauthier', 'Dumont', 'Lopez', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Nguyen', 'Benali', 'Diallo', 'Traoré',
    'Da Silva', 'Lemaire', 'Renaud', 'Caron', 'Barbier', 'Brun', 'Colin', 'Le Gall', 'Kerbrat', 'Ouali'],
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Davies', 'Evans', 'Patel', 'Khan', 'Walker', 'Wright',
    'Thompson', 'Robinson', 'Hughes', 'Clarke', 'Murphy', "O'Brien", 'Kelly', 'Schmidt', 'Rossi', 'Janssen', 'Novak', 'Berg'],
  'ca-en': ['MacDonald', 'Campbell', 'Wong', 'Singh', 'Chen', 'Thompson', 'Anderson', 'MacLeod', 'Fraser', 'Stewart',
    'Patel', 'Li', 'Murray', 'Reid', 'Ross', 'Grant', 'Kim', 'Nguyen', 'Sullivan', 'Okafor'],
  'ca-fr': ['Tremblay', 'Gagnon', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet',
    'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Simard', 'Boucher'],
};

/** Display names some people use instead of their own (a few look like markup, as people type them). */
const NICKNAMES: Record<Region, string[]> = {
  fr: ['Mimi 🌸', 'Le Bricoleur du Dimanche', 'Maman solo 🧺', 'Ké.', 'Pti Loup', 'Jojo 🇫🇷', 'la daronne', 'Tonton Bricole',
    'Sunny ☀️', 'Crazy cat lady 🐈', 'Nico | dev', 'café & chaos ☕', '<Théo/> dev front', 'Lulu <3', 'M. & Mme Perrin'],
  en: ['coffee first ☕', 'Mrs. B', 'plant dad 🌿', 'Tilly', '<Sam/>', 'just a girl in Paris'],
  'ca-en': ['hockey mom 🏒', 'Mack', 'snowed in ❄️', 'T.O. Tom', 'Jay & Kim'],
  'ca-fr': ['Ti-Guy', 'Mel la Québécoise ⚜️', 'Frank du Plateau', 'Jo & Max'],
};

interface Person { first: string; last: string; nickname?: string; n: number }

/** Dependable pseudo-random numbers from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a stable key into a seed. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)];

const POOL_SIZE: Record<Region, number> = { fr: 220, en: 90, 'ca-en': 90, 'ca-fr': 35 };

const POOLS: Record<Region, Person[]> = (() => {
  const out = {} as Record<Region, Person[]>;
  for (const region of Object.keys(POOL_SIZE) as Region[]) {
    const r = mulberry32(hash(`people:${region}`));
    out[region] = Array.from({ length: POOL_SIZE[region] }, () => ({
      first: pick(FIRST[region], r),
      last: pick(LAST[region], r),
      nickname: r() < 0.14 ? pick(NICKNAMES[region], r) : undefined,
      n: Math.floor(r() * 10_000),
    }));
  }
  return out;
})();

const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '');

function handleFor(p: Person, channel: DemoChannel): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const style = p.n % 5;
  switch (channel) {
    case 'instagram':
      return [`${f}.${l}`, `${f}_${l[0]}`, `${f}.${p.n % 100}`, `${f}${l}.home`, `the.${f}.${l}`][style].toLowerCase();
    case 'facebook-fr':
      return `${f}.${l}.${p.n % 1000}`.toLowerCase();
    case 'careers':
      return `${f}-${l}-${(p.n * 2654435761 >>> 0).toString(16).slice(0, 5)}`.toLowerCase();
    default:
      return [`${f}${l}`, `${f}_${l[0]}${p.n % 100}`, `${f.toLowerCase()}${l.toLowerCase()}${1960 + (p.n % 45)}`,
        `${f}${p.n % 1000}`, `${l.toLowerCase()}_${f.toLowerCase()}`][style];
  }
}

/** A count that most people keep small and a few make large. */
function followersFor(p: Person, channel: DemoChannel, r: () => number): number | undefined {
  if (channel === 'facebook-fr' || channel === 'press-inbox') return undefined;
  const [median, spread, cap] =
    channel === 'instagram' ? [380, 1.5, 90_000] : channel === 'careers' ? [420, 0.9, 15_000] : [210, 1.4, 60_000];
  // Box-Muller, seeded by the person and the network so a person keeps the same count there.
  const u = Math.max(r(), 1e-9);
  const v = r();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.min(cap, Math.max(0, Math.round(median * Math.exp(spread * z))));
}

/** One person from a region's pool, as they appear on a channel. */
export function poolAuthor(region: Region, channel: DemoChannel, r: () => number): DemoAuthor {
  const i = Math.floor(r() * POOLS[region].length);
  const p = POOLS[region][i];
  const full = `${p.first} ${p.last}`;
  const twitter = channel === 'twitter-fr' || channel === 'twitter-ca';
  // On a professional network people use their real name.
  const name = channel === 'careers' ? full : p.nickname ?? (twitter && p.n % 3 === 0 ? `${p.first} ${p.last[0]}.` : full);
  const followers = followersFor(p, channel, mulberry32(hash(`${region}:${i}:${channel}`)));
  return followers === undefined ? { handle: handleFor(p, channel), name } : { handle: handleFor(p, channel), name, followers };
}

/** Someone from the press inbox's side of the world: a name and a mail address. */
export function mailAuthor(region: Region, r: () => number): DemoAuthor {
  const p = POOLS[region][Math.floor(r() * POOLS[region].length)];
  return { handle: `${plain(p.first)}.${plain(p.last)}@mail.example`.toLowerCase(), name: `${p.first} ${p.last}` };
}
