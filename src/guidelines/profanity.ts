// Profanity lists for the tone rule, French and English. Matching is whole-word and sees through
// disguises (see words.ts), so the lists hold words, not fragments: "salope" is listed word by
// word rather than as a prefix because "salopette" is a pair of overalls, "shit" likewise because
// of "shitake", "wanker" because of the Wankel engine. A trailing * is used only where no
// ordinary word shares the beginning. Words with an innocent everyday meaning in either language
// ("bite", "chatte", "con" in "pros and cons", "cock") are left out or listed only as phrases.

import type { ProfanityLanguage } from './guidelines.types.ts';

export interface ProfanityList {
  terms: string[];
  exceptions: string[];
}

const FR: ProfanityList = {
  terms: [
    'merde', 'merdes', 'merdique*', 'merdier', 'emmerd*', 'putain', 'putains', 'pute', 'putes',
    'salope', 'salopes', 'salopard', 'salopards', 'salaud', 'salauds', 'connard*', 'connasse*',
    'conne', 'connes', 'connerie*', 'pauvre con', 'sale con', 'gros con', 'espèce de con', 'quel con',
    'bande de cons', 'encul*', 'enfoiré', 'enfoirée', 'enfoirés', 'enfoirées', 'bordel', 'chier',
    'fait chier', 'chiant', 'chiante', 'chiants', 'chiantes', 'foutre', 'va te faire foutre',
    'ta gueule', 'ferme ta gueule', 'nique', 'niquer', 'niqué', 'nique ta mère', 'fdp', 'ntm',
    'fils de pute', 'cul', 'trou du cul', 'couillon*', 'couilles', 'branleur', 'branleurs',
    'branleuse', 'pétasse', 'pétasses', 'pouffiasse*', 'abruti', 'abrutis', 'abrutie', 'crétin',
    'crétins', 'crétine', 'débile', 'débiles',
  ],
  // "cul-de-sac" is a dead end and "cul sec" a toast, not insults.
  exceptions: ['cul-de-sac', 'culs-de-sac', 'cul de sac', 'cul sec', 'cul-sec', 'cul de poule', 'cul-de-poule'],
};

const EN: ProfanityList = {
  terms: [
    'fuck*', 'motherfuck*', 'wtf', 'stfu', 'shit', 'shits', 'shitty', 'shithead', 'shitshow',
    'bullshit', 'horseshit', 'dipshit', 'bitch*', 'bastard', 'bastards', 'asshole*', 'arsehole*',
    'dumbass', 'jackass', 'smartass', 'cunt*', 'dickhead*', 'wanker', 'wankers', 'twat', 'twats',
    'slut', 'sluts', 'slutty', 'whore*', 'crap', 'crappy', 'piss off', 'pissed off', 'bollocks',
    'goddamn*', 'son of a bitch',
  ],
  exceptions: [],
};

export const PROFANITY: Record<ProfanityLanguage, ProfanityList> = { fr: FR, en: EN };
