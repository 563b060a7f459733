// Links may point only to the domains the charter allows (and their subdomains). Both full URLs
// and bare domains ("exemple.fr/promo") count, since networks turn the latter into links too.
// Hosts are compared as the URL parser reads them, so "exemple.fr@autre.com" and
// "exemple.fr.autre.com" are recognised as going to autre.com.

import type { CompiledCheck, RawFinding } from './rule-kit.ts';
import type { RuleOf, Span } from '../guidelines.types.ts';

// Bare domains are recognised only with a known top-level domain: without that list every
// "fin.Début" typed without a space would look like a link.
const TLDS = [
  'fr', 'com', 'net', 'org', 'io', 'co', 'eu', 'be', 'ch', 'ca', 'lu', 'mc', 'de', 'es', 'it', 'uk',
  'us', 'nl', 'pt', 'pl', 'se', 'no', 'dk', 'fi', 'at', 'ie', 'ru', 'cn', 'jp', 'in', 'br', 'au',
  're', 'gp', 'mq', 'gf', 'yt', 'nc', 'pf', 'pm', 'wf', 'ma', 'tn', 'dz', 'sn', 'ci', 'cm',
  'info', 'biz', 'app', 'dev', 'me', 'ly', 'tv', 'gl', 'gg', 'xyz', 'shop', 'store', 'online',
  'site', 'link', 'page', 'ai', 'bzh', 'paris', 'news', 'blog', 'click', 'top', 'club', 'live',
  'tech', 'cloud', 'art', 'pro', 'tk', 'ml', 'ga', 'cf', 'gq', 'ws', 'to', 'cc', 'fm', 'am', 'gd',
];

const URL_RE = /\bhttps?:\/\/[^\s<>"«»]+/giu;
const TLD_SET = new Set(TLDS);
// Bare domains are found from their ".tld", then read outwards: a regex tried at every position
// of the text costs more than the rest of the check.
const DOT_TLD = new RegExp(String.raw`\.(?:${TLDS.join('|')})(?![\p{L}\p{N}-])`, 'giu');
const HOST_CHAR = /[\p{L}\p{N}.-]/u;
const AFTER_HOST = /(?::\d{1,5})?(?:[/?#][^\s<>"«»]*)?/uy;
const TRAILING = /[.,;:!?'"’»)\]}…]+$/u;

export interface FoundLink {
  span: Span;
  host: string;
}

function trimTrailing(s: string): string {
  const trimmed = s.replace(TRAILING, '');
  // Keep a closing parenthesis that belongs to the URL, as in Wikipedia links.
  if (s.length > trimmed.length && s[trimmed.length] === ')' && trimmed.includes('(')) return trimmed + ')';
  return trimmed;
}

export function hostOf(url: string): string | null {
  try {
    const u = new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`);
    return u.hostname.replace(/\.$/, '').toLowerCase();
  } catch {
    return null;
  }
}

export function findLinks(text: string): FoundLink[] {
  const out: FoundLink[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = trimTrailing(m[0]);
    const host = hostOf(url);
    if (host) out.push({ span: [m.index, m.index + url.length], host });
  }
  // Full URLs come sorted and bare domains are found in order: one pointer skips those inside.
  const full = out.length;
  let p = 0;
  let lastEnd = -1;
  for (const m of text.matchAll(DOT_TLD)) {
    while (p < full && out[p].span[1] <= m.index) p++;
    if ((p < full && out[p].span[0] <= m.index) || m.index < lastEnd) continue;
    let s = m.index;
    while (s > 0 && HOST_CHAR.test(text[s - 1])) s--;
    while (s < m.index && !/[\p{L}\p{N}]/u.test(text[s])) s++;
    // Part of an e-mail address, a path or a file name rather than a link of its own.
    if (s === m.index || (s > 0 && /[@/_\\]/.test(text[s - 1]))) continue;
    let e = m.index + m[0].length;
    let k = e;
    while (k < text.length && HOST_CHAR.test(text[k])) k++;
    const longer = text.slice(s, k).replace(/[.-]+$/, '');
    // "exemple.com.fr": the whole name when it still ends with a known top-level domain.
    if (longer.length > e - s && TLD_SET.has(longer.slice(longer.lastIndexOf('.') + 1).toLowerCase())) e = s + longer.length;
    AFTER_HOST.lastIndex = e;
    const url = trimTrailing(text.slice(s, e + (AFTER_HOST.exec(text)?.[0].length ?? 0)));
    const host = hostOf(url);
    if (host) {
      out.push({ span: [s, s + url.length], host });
      lastEnd = s + url.length;
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Canonical form of a configured domain, or null when it is not one. */
export function normaliseDomain(domain: string): string | null {
  const d = domain.trim().replace(/^\*\./, '');
  if (!d || /[\s/:@?#]/.test(d) || !d.includes('.')) return null;
  const host = hostOf(d);
  return host && !host.startsWith('.') ? host.replace(/^www\./, '') : null;
}

export function hostAllowed(host: string, allowed: string[]): boolean {
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

export function compileAllowedLinks(rule: RuleOf<'allowed_links'>): CompiledCheck {
  const allowed = rule.params.domains.map(normaliseDomain).filter((d): d is string => d !== null);
  return {
    check: (ctx): RawFinding[] =>
      findLinks(ctx.input.text)
        .filter((l) => !hostAllowed(l.host, allowed))
        .map((l) => ({
          message: { fr: `Lien vers un domaine non autorisé : ${l.host}`, en: `Link to a domain that is not allowed: ${l.host}` },
          span: l.span,
        })),
  };
}
