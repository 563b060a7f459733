// Turns an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document into items. Everything that comes out is
// plain text: descriptions are HTML written by strangers, and the inbox shows text, never markup.
//
// The XML parser is told not to process entities at all, and this file decodes only XML's five
// predefined entities and character references. A DOCTYPE's own entities are therefore never
// expanded (no "billion laughs"), and no external entity is ever fetched.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { decodeHTML, decodeXML } from 'entities';

export interface FeedItem {
  /** The item's guid (RSS) or id (Atom), else its link, else a hash of its content. */
  externalId: string;
  authorHandle: string;
  authorName: string;
  /** Title and body as plain text. */
  text: string;
  url: string;
  createdAt: Date;
  /** Atom threading (RFC 4685): the id of the entry this one answers. */
  inReplyTo?: string;
}

export type FeedErrorCode =
  | 'invalid_url' | 'blocked_address' | 'too_many_redirects' | 'too_large' | 'timeout' | 'network' | 'not_a_feed'
  | `http_${number}`;

export class FeedError extends Error {
  constructor(readonly code: FeedErrorCode, message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom';
  title: string;
  items: FeedItem[];
}

// Fields holding prose are kept raw (stop nodes) so that their CDATA sections and their
// escaping can be told apart: HTML escaped once in XML, or HTML inside CDATA, or plain text.
const PROSE = ['title', 'description', 'content:encoded', 'content', 'summary', 'subtitle'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
  stopNodes: PROSE.map((t) => `*.${t}`),
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
});

type Node = Record<string, unknown>;

export function parseFeed(xml: string, baseUrl: string, now: Date): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new FeedError('not_a_feed', `The document is not well-formed XML: ${(err as Error).message}`);
  }
  const rss = obj(doc.rss);
  if (rss) return fromRss('rss', obj(rss.channel) ?? {}, list(obj(rss.channel)?.item), baseUrl, now);
  const rdf = obj(doc['rdf:RDF']);
  if (rdf) return fromRss('rdf', obj(rdf.channel) ?? {}, list(rdf.item), baseUrl, now);
  const atom = obj(doc.feed);
  if (atom) return fromAtom(atom, baseUrl, now);
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('!'));
  throw new FeedError('not_a_feed', root ? `The document is <${root}>, not an RSS or Atom feed` : 'The document is empty or not XML');
}

function fromRss(format: 'rss' | 'rdf', channel: Node, rawItems: unknown[], baseUrl: string, now: Date): ParsedFeed {
  const feedTitle = prose(channel.title, 'html');
  const feedLink = safeUrl(textOf(first(channel.link)), baseUrl) ?? baseUrl;
  const host = new URL(feedLink).host;
  const channelAuthor = textOf(channel['dc:creator']) || textOf(channel.managingEditor);
  const items = rawItems.map(obj).filter((x): x is Node => !!x).map((item) => {
    const title = prose(item.title, 'html');
    const body = prose(item['content:encoded'], 'html') || prose(item.description, 'html');
    const link = safeUrl(textOf(first(item.link)), feedLink);
    const author = splitRssAuthor(textOf(first(item.author)) || textOf(item['dc:creator']) || channelAuthor);
    const guid = textOf(item.guid) || attr(item, 'rdf:about');
    return {
      externalId: guid || link || contentHash(title, body, textOf(item.pubDate)),
      authorHandle: author.email || author.name || host,
      authorName: author.name || author.email || feedTitle || host,
      text: join(title, body),
      url: link ?? feedLink,
      createdAt: parseDate(textOf(item.pubDate) || textOf(item['dc:date'])) ?? now,
    };
  });
  return { format, title: feedTitle, items };
}

function fromAtom(feed: Node, baseUrl: string, now: Date): ParsedFeed {
  const feedTitle = prose(feed.title, 'text');
  const feedLink = atomLink(feed.link, baseUrl) ?? baseUrl;
  const host = new URL(feedLink).host;
  const feedAuthor = atomAuthor(feed.author);
  const items = list(feed.entry).map(obj).filter((x): x is Node => !!x).map((entry) => {
    const title = prose(entry.title, 'text');
    const body = prose(entry.content, 'text') || prose(entry.summary, 'text');
    const link = atomLink(entry.link, feedLink);
    const author = atomAuthor(entry.author) ?? feedAuthor;
    const replyTo = Object.keys(entry).find((k) => k === 'in-reply-to' || k.endsWith(':in-reply-to'));
    const inReplyTo = replyTo ? attr(first(entry[replyTo]), 'ref') : '';
    const item: FeedItem = {
      externalId: textOf(entry.id) || link || contentHash(title, body, textOf(entry.updated)),
      authorHandle: author?.email || author?.uri || author?.name || host,
      authorName: author?.name || author?.email || feedTitle || host,
      text: join(title, body),
      url: link ?? feedLink,
      createdAt: parseDate(textOf(entry.published) || textOf(entry.updated)) ?? now,
    };
    if (inReplyTo) item.inReplyTo = inReplyTo;
    return item;
  });
  return { format: 'atom', title: feedTitle, items };
}

function atomLink(links: unknown, base: string): string | undefined {
  const all = list(links).map(obj).filter((x): x is Node => !!x);
  const alternate = all.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate');
  return safeUrl(attr(alternate ?? all[0], 'href'), base);
}

function atomAuthor(authors: unknown): { name: string; email: string; uri: string } | undefined {
  const a = obj(first(authors));
  if (!a) return undefined;
  return { name: prose(a.name, 'text'), email: textOf(a.email), uri: textOf(a.uri) };
}

/** RSS's `author` is "mail@example.com (Name)" by the book, and often just a name in practice. */
function splitRssAuthor(value: string): { email: string; name: string } {
  const m = /^\s*([^\s()]+@[^\s()]+)\s*(?:\((.*)\))?\s*$/.exec(value);
  if (m) return { email: m[1], name: (m[2] ?? '').trim() };
  return { email: '', name: value.trim() };
}

/** Only web links come out: a `javascript:` or `data:` link in a feed must never become clickable. */
function safeUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// Feeds use RFC 822 dates with zone names that Date.parse does not know.
const ZONES: Record<string, string> = {
  CET: '+0100', CEST: '+0200', BST: '+0100', WET: '+0000', WEST: '+0100', EET: '+0200', EEST: '+0300',
  AST: '-0400', ADT: '-0300', NST: '-0330', NDT: '-0230', AEST: '+1000', AEDT: '+1100', IST: '+0530',
};

function parseDate(value: string): Date | undefined {
  if (!value) return undefined;
  let t = Date.parse(value);
  if (Number.isNaN(t)) {
    const fixed = value.replace(/\b([A-Z]{3,4})\s*$/, (z) => ZONES[z.trim()] ?? z);
    t = Date.parse(fixed);
  }
  return Number.isNaN(t) ? undefined : new Date(t);
}

function contentHash(...parts: string[]): string {
  return 'sha256:' + createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function join(title: string, body: string): string {
  if (!body) return title;
  if (!title || body.startsWith(title)) return body;
  return `${title}\n\n${body}`;
}

// --- raw XML values to text -------------------------------------------------------------------

function obj(v: unknown): Node | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : undefined;
}
function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}
function attr(v: unknown, name: string): string {
  const a = obj(v)?.[`@_${name}`];
  return typeof a === 'string' ? decodeXML(a).trim() : '';
}

/** The text of a simple element (ids, links, dates, names): XML-decoded, trimmed. */
function textOf(v: unknown): string {
  const raw = typeof v === 'string' ? v : obj(v)?.['#text'];
  return typeof raw === 'string' ? decodeXML(raw).trim() : '';
}

/**
 * The text of a prose element kept raw. RSS has no type attribute: its descriptions and titles
 * are HTML in practice. Atom says which it is, plain text by default.
 */
function prose(v: unknown, fallback: 'text' | 'html'): string {
  const raw = typeof v === 'string' ? v : obj(v)?.['#text'];
  if (typeof raw !== 'string') return '';
  const type = attr(v, 'type') || fallback;
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(unwrapCdata(raw, false));
  const decoded = unwrapCdata(raw, true);
  return type === 'text' || type === 'text/plain' ? tidy(decoded) : htmlToText(decoded);
}

/** Joins CDATA sections (verbatim) and the text around them (XML-decoded when asked). */
function unwrapCdata(raw: string, decode: boolean): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    const end = start < 0 ? -1 : raw.indexOf(']]>', start + 9);
    if (start < 0 || end < 0) {
      out += decode ? decodeXML(raw.slice(i)) : raw.slice(i);
      break;
    }
    out += (decode ? decodeXML(raw.slice(i, start)) : raw.slice(i, start)) + raw.slice(start + 9, end);
    i = end + 3;
  }
  return out;
}

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|header|footer|hr)\b[^<>]*>/gi;

/**
 * HTML to readable text: drops scripts, styles and comments with their content, turns block
 * boundaries into line breaks, removes every other tag, then decodes entities once. Written as
 * linear scans and bounded regular expressions, since a hostile feed may hold megabytes of
 * unclosed tags.
 */
export function htmlToText(html: string): string {
  let s = dropBetween(html, '<!--', '-->');
  s = dropElement(s, 'script');
  s = dropElement(s, 'style');
  s = s.replace(BLOCK, '\n').replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  return tidy(decodeHTML(s));
}

function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function dropBetween(s: string, open: string, close: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const a = s.indexOf(open, i);
    if (a < 0) return out + s.slice(i);
    out += s.slice(i, a);
    const b = s.indexOf(close, a + open.length);
    if (b < 0) return out; // unclosed: the rest belongs to it
    i = b + close.length;
  }
}

function dropElement(s: string, tag: string): string {
  const lower = s.toLowerCase();
  if (!lower.includes(`<${tag}`)) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const a = lower.indexOf(`<${tag}`, i);
    if (a < 0) return out + s.slice(i);
    out += s.slice(i, a);
    const b = lower.indexOf(`</${tag}`, a);
    if (b < 0) return out;
    const gt = lower.indexOf('>', b);
    if (gt < 0) return out;
    i = gt + 1;
  }
}
