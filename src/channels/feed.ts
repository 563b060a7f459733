// Fetches an RSS or Atom feed for a feed channel. The URL comes from a user, so the fetch is
// guarded (address-guard.ts): each hop of a redirect chain is resolved and vetted, then the
// socket is opened on the vetted address with node:http(s) and a pinned `lookup`. Global fetch
// is not used because it resolves names itself, after any check we could make, and cannot be
// told which address to connect to. Bodies are streamed and cut at maxBytes (after
// decompression, so a small gzip bomb cannot pass), and one deadline covers the whole fetch.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { BlockedAddressError, pinnedLookup, vetHost, type GuardPolicy, type HostResolver } from './address-guard.ts';
import { FeedError, parseFeed, type FeedItem } from './feed.parse.ts';

export { FeedError, htmlToText, parseFeed, type FeedErrorCode, type FeedItem, type ParsedFeed } from './feed.parse.ts';
export { classifyAddress, isPublicAddress, type AddressClass } from './address-guard.ts';

export interface FetchFeedOptions extends GuardPolicy {
  maxRedirects?: number;
  maxBytes?: number;
  timeoutMs?: number;
  /** Validators from the previous fetch: an unchanged feed answers 304 and costs nothing. */
  etag?: string;
  lastModified?: string;
  /** Name resolution, replaceable so that tests can give a name any address. */
  resolve?: HostResolver;
  now?: Date;
}

export interface FetchFeedResult {
  status: 'ok' | 'not_modified';
  items: FeedItem[];
  title?: string;
  etag?: string;
  lastModified?: string;
  /** Where the feed was found after redirects: worth saving when a redirect was permanent. */
  finalUrl: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export async function fetchFeed(url: string, opts: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const { maxRedirects = 3, maxBytes = 5 * 1024 * 1024, timeoutMs = 10_000 } = opts;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeout = () => new FeedError('timeout', `The feed did not answer within ${timeoutMs} ms`);
  try {
    let current = parseUrl(url);
    for (let hop = 0; ; hop++) {
      const res = await request(current, opts, controller.signal).catch((err) => {
        throw controller.signal.aborted ? timeout() : err;
      });
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.destroy();
        if (hop >= maxRedirects) {
          throw new FeedError('too_many_redirects', `More than ${maxRedirects} redirects, last to ${res.headers.location}`);
        }
        current = parseUrl(res.headers.location, current);
        continue;
      }
      if (status === 304) {
        res.destroy();
        return {
          status: 'not_modified', items: [], finalUrl: current.href,
          etag: header(res, 'etag') ?? opts.etag, lastModified: header(res, 'last-modified') ?? opts.lastModified,
        };
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new FeedError(`http_${status}`, `The feed answered HTTP ${status}`);
      }
      const body = await readBody(res, maxBytes).catch((err) => {
        throw controller.signal.aborted ? timeout() : err;
      });
      const parsed = parseFeed(decodeText(body, header(res, 'content-type')), current.href, opts.now ?? new Date());
      return {
        status: 'ok', items: parsed.items, title: parsed.title, finalUrl: current.href,
        etag: header(res, 'etag'), lastModified: header(res, 'last-modified'),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(value: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(value, base);
  } catch {
    throw new FeedError('invalid_url', `Not a valid URL: ${value}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FeedError('invalid_url', `Only http and https feeds can be read, not ${u.protocol.replace(':', '')}`);
  }
  if (u.username || u.password) throw new FeedError('invalid_url', 'Feed URLs with a user name or password are refused');
  return u;
}

function header(res: http.IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function request(url: URL, opts: FetchFeedOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let vetted;
  try {
    // Resolution cannot be cancelled, but the deadline still wins the race.
    vetted = await Promise.race([vetHost(host, opts, opts.resolve), aborted(signal)]);
  } catch (err) {
    if (err instanceof BlockedAddressError) throw new FeedError('blocked_address', err.message);
    if (signal.aborted) throw err;
    throw new FeedError('network', `Could not resolve ${host}: ${(err as Error).message}`);
  }
  const headers: Record<string, string> = {
    'user-agent': 'Relais feed reader',
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request({
      protocol: url.protocol,
      hostname: host,
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: 'GET',
      headers,
      lookup: pinnedLookup(vetted),
      // No pooled sockets: a kept-alive connection opened under a laxer policy must not be reused.
      agent: false,
      signal,
    });
    req.on('response', resolve);
    req.on('error', (err) => reject(signal.aborted ? err : new FeedError('network', `Could not fetch ${url.href}: ${err.message}`)));
    req.end();
  });
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(new Error('aborted'));
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new FeedError('too_large', `The feed is larger than ${maxBytes} bytes`);
  const declared = Number(header(res, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  let stream: Readable = res;
  const encoding = (header(res, 'content-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    throw new FeedError('network', `The feed could not be read: ${(err as Error).message}`);
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** Bytes to text: the HTTP charset wins, then the XML declaration, then UTF-8 (XML's default). */
function decodeText(body: Buffer, contentType: string | undefined): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromDecl = /^(?:\uFEFF)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(body.subarray(0, 200).toString('latin1'))?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(fromHeader ?? fromDecl ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body); // a byte-order mark is dropped by TextDecoder
}
