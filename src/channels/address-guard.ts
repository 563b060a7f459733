// Server-side request forgery guard. A feed URL is typed by a user, so fetching it must not let
// anyone read the server's own loopback services, the private network around it, or a cloud
// metadata endpoint. Names are resolved here, every address they resolve to is vetted, and the
// connection is then made to the vetted address itself (see pinnedLookup), so a name that
// resolves differently a moment later (DNS rebinding) cannot slip through.
import dns from 'node:dns';
import net from 'node:net';

export type AddressClass =
  | 'public' | 'loopback' | 'private' | 'link_local' | 'unspecified' | 'shared' | 'metadata' | 'multicast' | 'reserved'
  | 'invalid';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export class BlockedAddressError extends Error {
  constructor(readonly host: string, readonly address: string, readonly addressClass: AddressClass) {
    super(host === address
      ? `Refused to connect to ${address} (${addressClass.replace('_', '-')} address)`
      : `Refused to connect to ${host}: it resolves to ${address} (${addressClass.replace('_', '-')} address)`);
    this.name = 'BlockedAddressError';
  }
}

// Cloud instance metadata services, which hand out credentials to whoever asks from inside.
// Some sit in ranges blocked anyway; they are named so the error says what was avoided.
const METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', '168.63.129.16', 'fd00:ec2::254']);

type V4Rule = [base: number, bits: number, cls: AddressClass];
const V4_RULES: V4Rule[] = [
  [v4('0.0.0.0'), 8, 'unspecified'], // "this network": connecting to it reaches the local host
  [v4('10.0.0.0'), 8, 'private'],
  [v4('100.64.0.0'), 10, 'shared'], // carrier-grade NAT
  [v4('127.0.0.0'), 8, 'loopback'],
  [v4('169.254.0.0'), 16, 'link_local'],
  [v4('172.16.0.0'), 12, 'private'],
  [v4('192.0.0.0'), 24, 'reserved'],
  [v4('192.0.2.0'), 24, 'reserved'], // documentation
  [v4('192.168.0.0'), 16, 'private'],
  [v4('198.18.0.0'), 15, 'reserved'], // benchmarking
  [v4('198.51.100.0'), 24, 'reserved'],
  [v4('203.0.113.0'), 24, 'reserved'],
  [v4('224.0.0.0'), 4, 'multicast'],
  [v4('240.0.0.0'), 4, 'reserved'], // includes 255.255.255.255
];

function v4(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function classifyV4(n: number): AddressClass {
  for (const [base, bits, cls] of V4_RULES) {
    const size = 2 ** (32 - bits);
    if (n >= base && n < base + size) return cls;
  }
  return 'public';
}

/** 16 bytes of an IPv6 address (zone id dropped), or null when it is not one. */
function v6Bytes(ip: string): number[] | null {
  const addr = ip.replace(/%.*$/, '');
  if (!net.isIPv6(addr)) return null;
  let text = addr;
  // A trailing dotted quad (::ffff:127.0.0.1) is two groups written the IPv4 way.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = v4(quad[1]);
    text = text.slice(0, -quad[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const bytes: number[] = [];
  for (const g of groups) {
    const n = parseInt(g, 16);
    bytes.push(n >> 8, n & 0xff);
  }
  return bytes.length === 16 ? bytes : null;
}

function dotted(b: number[], at: number): string {
  return b.slice(at, at + 4).join('.');
}

/**
 * The IPv4 address an IPv6 form carries and reaches: IPv4-mapped (::ffff:a.b.c.d), the older
 * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 */
function embeddedV4(b: number[]): string | null {
  const zeroes = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 10) && b[10] === 0xff && b[11] === 0xff) return dotted(b, 12);
  if (zeroes(0, 12) && !zeroes(12, 15)) return dotted(b, 12); // not :: nor ::1
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeroes(4, 12)) return dotted(b, 12);
  if (b[0] === 0x20 && b[1] === 0x02) return dotted(b, 2);
  return null;
}

function classifyV6(b: number[]): AddressClass {
  const zeroes = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 16)) return 'unspecified';
  if (zeroes(0, 15) && b[15] === 1) return 'loopback';
  if (zeroes(0, 15)) return 'reserved'; // ::2 … ::ff, nothing listens there
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) return 'private'; // 64:ff9b:1::/48, local translators
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x00 && b[3] === 0x00) return 'reserved'; // Teredo hides its IPv4
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'reserved'; // documentation
  if (b[0] === 0x01 && b[1] === 0x00 && zeroes(2, 8)) return 'reserved'; // discard prefix 100::/64
  if ((b[0] & 0xfe) === 0xfc) return 'private'; // fc00::/7 unique local
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0x80) return 'link_local'; // fe80::/10
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0xc0) return 'private'; // fec0::/10, old site-local
  if (b[0] === 0xff) return 'multicast';
  return 'public';
}

/** Classifies an IP address literal (IPv4 dotted quad or IPv6, with or without brackets). */
export function classifyAddress(ip: string): AddressClass {
  const addr = ip.trim().replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '').toLowerCase();
  if (net.isIPv4(addr)) return METADATA.has(addr) ? 'metadata' : classifyV4(v4(addr));
  const bytes = v6Bytes(addr);
  if (!bytes) return 'invalid';
  if (METADATA.has(addr)) return 'metadata';
  const inner = embeddedV4(bytes);
  return inner ? classifyAddress(inner) : classifyV6(bytes);
}

export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

export interface GuardPolicy {
  /** Accept private, loopback and link-local addresses (an intranet feed). Metadata stays refused. */
  allowPrivate?: boolean;
  /** Host names accepted on private addresses even without allowPrivate, e.g. 'intranet.example.fr'. */
  allowedPrivateHosts?: string[];
}

export function isAllowed(host: string, cls: AddressClass, policy: GuardPolicy): boolean {
  if (cls === 'public') return true;
  if (cls === 'metadata' || cls === 'invalid' || cls === 'multicast') return false;
  if (policy.allowPrivate) return true;
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  return (policy.allowedPrivateHosts ?? []).some((h) => h.toLowerCase().replace(/\.$/, '') === name);
}

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Resolves a host and returns the address to connect to. Every address the name resolves to
 * must pass, not just the first: a name answering with one public and one private address is
 * either misconfigured or an attack, and both are refused.
 */
export async function vetHost(host: string, policy: GuardPolicy, resolve: HostResolver = systemResolver): Promise<ResolvedAddress> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  const literal = net.isIP(bare);
  const addresses: ResolvedAddress[] = literal ? [{ address: bare, family: literal === 6 ? 6 : 4 }] : await resolve(bare);
  if (addresses.length === 0) throw new Error(`${host} does not resolve to any address`);
  for (const a of addresses) {
    const cls = classifyAddress(a.address);
    if (!isAllowed(bare, cls, policy)) throw new BlockedAddressError(bare, a.address, cls);
  }
  return addresses[0];
}

/**
 * A `lookup` for node:http(s) that answers with the already vetted address whatever name it is
 * asked for, so the socket goes where the check looked. Node asks with `all: true` when it races
 * address families, and expects a list then.
 */
export function pinnedLookup(vetted: ResolvedAddress): net.LookupFunction {
  return ((_hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  }) as unknown as net.LookupFunction;
}
