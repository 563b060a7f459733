import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { FeedError, fetchFeed, htmlToText, parseFeed, type FetchFeedOptions } from '../../src/channels/feed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Café &amp; Compagnie — actualités</title>
    <link>https://cafe.example.fr/</link>
    <item>
      <title>Nouvelle carte d'été</title>
      <link>/blog/carte-ete</link>
      <guid isPermaLink="false">cafe-2026-001</guid>
      <author>marie@cafe.example.fr (Marie Lefèvre)</author>
      <pubDate>Tue, 16 Jun 2026 09:30:00 CEST</pubDate>
      <description>&lt;p&gt;Découvrez nos &lt;b&gt;crêpes&lt;/b&gt; &amp;amp; nos glaces&amp;nbsp;!&lt;/p&gt;&lt;script&gt;alert("x")&lt;/script&gt;&lt;p&gt;À bientôt&lt;/p&gt;</description>
    </item>
    <item>
      <title>Horaires &amp;eacute;tendus</title>
      <link>https://cafe.example.fr/blog/horaires</link>
      <dc:creator>Zoé</dc:creator>
      <dc:date>2026-06-10T08:00:00Z</dc:date>
      <description><![CDATA[<div>Ouvert jusqu'à <em>22 h</em><br/>le vendredi.</div><!-- note interne -->]]></description>
    </item>
    <item>
      <title>Lien piégé</title>
      <link>javascript:alert(1)</link>
      <guid>cafe-2026-003</guid>
      <description>Rien à voir.</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
  <title>Forum des usagers</title>
  <link href="https://forum.example.ca/" rel="alternate"/>
  <link href="https://forum.example.ca/atom.xml" rel="self"/>
  <author><name>Équipe du forum</name></author>
  <id>urn:uuid:forum</id>
  <entry>
    <id>tag:forum.example.ca,2026:post-17</id>
    <title>Problème de facturation</title>
    <link rel="alternate" href="https://forum.example.ca/t/17"/>
    <published>2026-03-08T14:05:00-04:00</published>
    <updated>2026-03-09T10:00:00-04:00</updated>
    <author><name>Jean-François Côté</name><email>jf@example.ca</email></author>
    <content type="html">&lt;p&gt;Ma facture de &lt;strong&gt;février&lt;/strong&gt; est fausse &amp;mdash; qui peut m&amp;rsquo;aider ?&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:forum.example.ca,2026:post-18</id>
    <title type="text">Re: a &lt; b &amp; c</title>
    <link href="https://forum.example.ca/t/17#18"/>
    <updated>2026-03-09T11:00:00Z</updated>
    <thr:in-reply-to ref="tag:forum.example.ca,2026:post-17"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Avez-vous essayé l&#8217;espace client&#160;?</p></div></content>
  </entry>
</feed>`;

let hits = 0;
const seen: { url?: string; host?: string; ifNoneMatch?: string }[] = [];
const server = http.createServer((req, res) => {
  hits++;
  seen.push({ url: req.url, host: req.headers.host, ifNoneMatch: req.headers['if-none-match'] });
  const url = req.url ?? '/';
  const redirect = /^\/r\/(\d+)$/.exec(url);
  if (redirect) {
    const n = Number(redirect[1]);
    res.writeHead(302, { location: n === 0 ? '/rss.xml' : `/r/${n - 1}` }).end();
    return;
  }
  switch (url) {
    case '/rss.xml':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 16 Jun 2026 08:00:00 GMT' }).end(RSS);
      return;
    case '/atom.xml':
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
      return;
    case '/latin1.xml':
      res.writeHead(200, { 'content-type': 'text/xml' }).end(Buffer.from(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>É</title><item><guid>l1</guid><title>Gîte à Noël</title></item></channel></rss>',
        'latin1'));
      return;
    case '/gzip':
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(ATOM));
      return;
    case '/to-localhost':
      res.writeHead(301, { location: `http://localhost:${port}/rss.xml` }).end();
      return;
    case '/to-mapped':
      res.writeHead(307, { location: `http://[::ffff:127.0.0.1]:${port}/rss.xml` }).end();
      return;
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      return;
    case '/big-declared':
      res.writeHead(200, { 'content-length': String(200_000) }).end('<rss>' + ' '.repeat(200_000 - 11) + '</rss>');
      return;
    case '/big-streamed': {
      // Chunked, no length announced: the reader has to count and stop.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      let sent = 0;
      const pump = () => {
        while (sent < 2_000_000 && !res.destroyed) {
          sent += 16_384;
          if (!res.write(' '.repeat(16_384))) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
      return;
    }
    case '/gzip-bomb':
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(5_000_000, 0x20)));
      return;
    case '/hang':
      return;
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
      return; // never ends
    case '/page.html':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><p>Pas un flux</p></body></html>');
      return;
    default:
      res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}`;
after(() => {
  server.closeAllConnections();
  server.close();
});

const local: FetchFeedOptions = { allowPrivate: true, timeoutMs: 3000 };
const NOW = new Date('2026-06-20T12:00:00Z');

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FeedError, `expected a FeedError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the fetch to fail');
}

test('an RSS 2.0 feed comes out as plain-text items', async () => {
  const r = await fetchFeed(`${base}/rss.xml`, { ...local, now: NOW });
  assert.equal(r.status, 'ok');
  assert.equal(r.title, 'Café & Compagnie — actualités');
  assert.equal(r.etag, '"v1"');
  assert.equal(r.lastModified, 'Tue, 16 Jun 2026 08:00:00 GMT');
  assert.equal(r.items.length, 3);
  const [carte, horaires, piege] = r.items;
  assert.deepEqual(carte, {
    externalId: 'cafe-2026-001',
    authorHandle: 'marie@cafe.example.fr',
    authorName: 'Marie Lefèvre',
    text: "Nouvelle carte d'été\n\nDécouvrez nos crêpes & nos glaces !\n\nÀ bientôt",
    url: 'https://cafe.example.fr/blog/carte-ete',
    createdAt: new Date('2026-06-16T07:30:00Z'),
  });
  assert.equal(horaires.externalId, 'https://cafe.example.fr/blog/horaires', 'no guid: the link is the id');
  assert.equal(horaires.authorHandle, 'Zoé');
  assert.equal(horaires.text, "Horaires étendus\n\nOuvert jusqu'à 22 h\nle vendredi.");
  assert.deepEqual(horaires.createdAt, new Date('2026-06-10T08:00:00Z'));
  assert.equal(piege.url, 'https://cafe.example.fr/', 'a javascript: link is dropped for the feed link');
  assert.deepEqual(piege.createdAt, NOW, 'no date: the time of reading');
  for (const item of r.items) assert.doesNotMatch(item.text, /[<>]|&\w+;/, `no markup left in ${JSON.stringify(item.text)}`);
});

test('an Atom 1.0 feed, with text, html and xhtml content and a reply', async () => {
  const r = await fetchFeed(`${base}/atom.xml`, local);
  assert.equal(r.title, 'Forum des usagers');
  const [post, reply] = r.items;
  assert.deepEqual(post, {
    externalId: 'tag:forum.example.ca,2026:post-17',
    authorHandle: 'jf@example.ca',
    authorName: 'Jean-François Côté',
    text: 'Problème de facturation\n\nMa facture de février est fausse — qui peut m’aider ?',
    url: 'https://forum.example.ca/t/17',
    createdAt: new Date('2026-03-08T18:05:00Z'),
  });
  assert.equal(reply.text, 'Re: a < b & c\n\nAvez-vous essayé l’espace client ?', 'a text title keeps its < as text');
  assert.equal(reply.inReplyTo, 'tag:forum.example.ca,2026:post-17');
  assert.equal(reply.authorName, 'Équipe du forum', 'the feed author stands in');
  assert.deepEqual(reply.createdAt, new Date('2026-03-09T11:00:00Z'));
});

test('a gzip body and an ISO-8859-1 feed are decoded', async () => {
  const gz = await fetchFeed(`${base}/gzip`, local);
  assert.equal(gz.items.length, 2);
  const latin = await fetchFeed(`${base}/latin1.xml`, local);
  assert.equal(latin.items[0].text, 'Gîte à Noël');
});

test('a 304 answer to the stored etag means nothing new', async () => {
  seen.length = 0;
  const r = await fetchFeed(`${base}/rss.xml`, { ...local, etag: '"v1"' });
  assert.deepEqual(r, { status: 'not_modified', items: [], finalUrl: `${base}/rss.xml`, etag: '"v1"', lastModified: undefined });
  assert.equal(seen[0].ifNoneMatch, '"v1"');
});

test('loopback is refused without allowPrivate, before any connection', async () => {
  const before = hits;
  const err = await feedError(fetchFeed(`${base}/rss.xml`));
  assert.equal(err.code, 'blocked_address');
  assert.match(err.message, /127\.0\.0\.1 \(loopback address\)/);
  assert.equal(hits, before, 'the server was never called');
});

test('a host name is checked by the addresses it resolves to', async () => {
  const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
  const before = hits;
  const err = await feedError(fetchFeed(`http://feeds.relais.test:${port}/rss.xml`, { resolve }));
  assert.equal(err.code, 'blocked_address');
  assert.match(err.message, /feeds\.relais\.test: it resolves to 127\.0\.0\.1/);
  assert.equal(hits, before);
});

test('the connection goes to the vetted address, not to a second resolution', async () => {
  // This name exists only in the resolver given here: the fetch can only succeed if the socket
  // was opened on the address the guard checked.
  let calls = 0;
  const resolve = async () => {
    calls++;
    return [{ address: '127.0.0.1', family: 4 as const }];
  };
  seen.length = 0;
  const r = await fetchFeed(`http://feeds.relais.test:${port}/atom.xml`, { ...local, resolve });
  assert.equal(r.items.length, 2);
  assert.equal(calls, 1);
  assert.equal(seen[0].host, `feeds.relais.test:${port}`, 'the Host header keeps the name');
});

test('redirects are followed up to the limit, and refused beyond it', async () => {
  // /r/2 → /r/1 → /r/0 → /rss.xml is three redirects.
  const ok = await fetchFeed(`${base}/r/2`, { ...local, maxRedirects: 3 });
  assert.equal(ok.finalUrl, `${base}/rss.xml`);
  assert.equal(ok.items.length, 3);
  const err = await feedError(fetchFeed(`${base}/r/3`, { ...local, maxRedirects: 3 }));
  assert.equal(err.code, 'too_many_redirects');
  assert.equal((await feedError(fetchFeed(`${base}/r/1`, { ...local, maxRedirects: 0 }))).code, 'too_many_redirects');
});

test('a redirect to a private address is refused at that hop', async () => {
  // Only this exact host is trusted; the redirect targets reach the same machine by other names.
  const trusted: FetchFeedOptions = { allowedPrivateHosts: ['127.0.0.1'], timeoutMs: 3000 };
  assert.equal((await fetchFeed(`${base}/rss.xml`, trusted)).items.length, 3, 'the trusted host itself is read');
  for (const path of ['/to-localhost', '/to-mapped']) {
    seen.length = 0;
    const err = await feedError(fetchFeed(`${base}${path}`, trusted));
    assert.equal(err.code, 'blocked_address', path);
    assert.deepEqual(seen.map((s) => s.url), [path], 'the redirect target was never requested');
  }
  const scheme = await feedError(fetchFeed(`${base}/to-file`, local));
  assert.equal(scheme.code, 'invalid_url');
});

test('bodies above maxBytes are refused, announced, streamed or compressed', async () => {
  for (const path of ['/big-declared', '/big-streamed', '/gzip-bomb']) {
    const err = await feedError(fetchFeed(`${base}${path}`, { ...local, maxBytes: 100_000 }));
    assert.equal(err.code, 'too_large', path);
  }
});

test('a server that does not answer, or stops mid-body, times out', async () => {
  for (const path of ['/hang', '/slow-body']) {
    const err = await feedError(fetchFeed(`${base}${path}`, { ...local, timeoutMs: 300 }));
    assert.equal(err.code, 'timeout', path);
  }
});

test('an HTML page is not a feed; an HTTP error keeps its status', async () => {
  assert.equal((await feedError(fetchFeed(`${base}/page.html`, local))).code, 'not_a_feed');
  assert.equal((await feedError(fetchFeed(`${base}/missing.xml`, local))).code, 'http_404');
  assert.equal((await feedError(fetchFeed('ftp://example.org/feed.xml'))).code, 'invalid_url');
  assert.equal((await feedError(fetchFeed('http://user:pw@example.org/feed.xml'))).code, 'invalid_url');
});

test('entities declared in a DOCTYPE are never expanded', () => {
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>t</title>
<item><guid>a</guid><title>&lol9; &amp; co</title></item>
</channel></rss>`;
  const { items } = parseFeed(laughs, 'https://example.org/feed', NOW);
  assert.equal(items[0].text, '&lol9; & co');
});

test('a feed declaring an external entity is refused, and nothing is read from disk', () => {
  const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><guid>a</guid><description>&xxe;</description></item></channel></rss>`;
  assert.throws(() => parseFeed(xxe, 'https://example.org/feed', NOW), (e: unknown) =>
    e instanceof FeedError && e.code === 'not_a_feed' && !/root:/.test(e.message));
});

test('htmlToText strips markup, scripts, styles and comments, and decodes entities once', () => {
  assert.equal(htmlToText('<p>Un&nbsp;<b>deux</b></p><p>trois &amp;amp; quatre<br>cinq</p>'), 'Un deux\n\ntrois &amp; quatre\ncinq');
  assert.equal(htmlToText('a<script>var x = "<p>";</script>b<style>p{}</style>c<!-- x -->d'), 'abcd');
  assert.equal(htmlToText('&lt;script&gt; is text'), '<script> is text');
  assert.equal(htmlToText('<a href="x">lien</a> <img src="y" alt="z">fin'), 'lien fin');
  // Hostile input stays linear: many unclosed tags and comments.
  const hostile = '<script'.repeat(50_000) + '<!--'.repeat(50_000) + '<a'.repeat(50_000);
  assert.equal(typeof htmlToText(hostile), 'string');
});
