import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BlockedAddressError, classifyAddress, isAllowed, isPublicAddress, pinnedLookup, vetHost, type AddressClass,
} from '../../src/channels/address-guard.ts';

const cases: [string, AddressClass][] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.20', 'private'],
  ['fc00::1', 'private'],
  ['fd12:3456:789a::1', 'private'],
  ['169.254.1.1', 'link_local'],
  ['fe80::1', 'link_local'],
  ['fe80::1%eth0', 'link_local'],
  ['febf::1', 'link_local'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['::', 'unspecified'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['169.254.169.254', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['fd00:ec2::254', 'metadata'],
  ['224.0.0.1', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['192.0.2.10', 'reserved'],
  ['2001:db8::1', 'reserved'],
  // IPv6 forms that carry an IPv4 address reach that address.
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:a9fe:a9fe', 'metadata'],
  ['::127.0.0.1', 'loopback'],
  ['64:ff9b::192.168.0.1', 'private'],
  ['2002:7f00:1::', 'loopback'],
  ['2002:c0a8:0101::1', 'private'],
  // Public addresses, including ones next to the blocked ranges.
  ['8.8.8.8', 'public'],
  ['172.15.255.255', 'public'],
  ['172.32.0.0', 'public'],
  ['100.63.255.255', 'public'],
  ['100.128.0.0', 'public'],
  ['11.0.0.0', 'public'],
  ['2a01:e0a:1::1', 'public'],
  ['::ffff:8.8.8.8', 'public'],
  ['64:ff9b::8.8.8.8', 'public'],
  ['2002:0808:0808::1', 'public'],
  ['fbff::1', 'public'],
  // Not addresses at all.
  ['localhost', 'invalid'],
  ['999.1.1.1', 'invalid'],
  ['', 'invalid'],
];

test('addresses are classified by range', () => {
  for (const [ip, expected] of cases) assert.equal(classifyAddress(ip), expected, ip);
  assert.equal(isPublicAddress('1.1.1.1'), true);
  assert.equal(isPublicAddress('::ffff:192.168.0.1'), false);
});

test('the policy: private ranges only when allowed, metadata never', () => {
  assert.equal(isAllowed('x', 'private', {}), false);
  assert.equal(isAllowed('x', 'private', { allowPrivate: true }), true);
  assert.equal(isAllowed('x', 'loopback', { allowPrivate: true }), true);
  assert.equal(isAllowed('x', 'metadata', { allowPrivate: true }), false);
  assert.equal(isAllowed('Intranet.Example.fr.', 'private', { allowedPrivateHosts: ['intranet.example.fr'] }), true);
  assert.equal(isAllowed('other.example.fr', 'private', { allowedPrivateHosts: ['intranet.example.fr'] }), false);
});

test('vetHost refuses a name if any of its addresses is blocked', async () => {
  const resolver = (addrs: string[]) => async () => addrs.map((address) => ({ address, family: address.includes(':') ? 6 as const : 4 as const }));
  assert.deepEqual(await vetHost('news.example.org', {}, resolver(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])),
    { address: '93.184.215.14', family: 4 });
  await assert.rejects(vetHost('mixed.example.org', {}, resolver(['93.184.215.14', '10.0.0.5'])), (e: unknown) =>
    e instanceof BlockedAddressError && e.address === '10.0.0.5' && e.addressClass === 'private');
  await assert.rejects(vetHost('[::1]', {}), BlockedAddressError, 'an IP literal is checked without resolving');
  await assert.rejects(vetHost('nothing.example.org', {}, resolver([])), /does not resolve/);
});

test('the pinned lookup answers with the vetted address in both calling styles', () => {
  const lookup = pinnedLookup({ address: '93.184.215.14', family: 4 }) as unknown as (
    h: string, o: { all?: boolean }, cb: (err: null, a: unknown, f?: number) => void) => void;
  lookup('evil.example', {}, (_e, a, f) => assert.deepEqual([a, f], ['93.184.215.14', 4]));
  lookup('evil.example', { all: true }, (_e, a) => assert.deepEqual(a, [{ address: '93.184.215.14', family: 4 }]));
});
