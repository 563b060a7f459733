// Outbound webhooks: how an API channel's replies reach the customer's system. The signature
// scheme is Stripe's (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`), so receivers can
// reuse code they already trust; the timestamp inside the signed text stops replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-relais-signature';
export const DELIVERY_HEADER = 'x-relais-delivery';
/** How much of the receiver's answer is kept for the delivery log. */
const RESPONSE_KEEP_BYTES = 2048;

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** `timestamp` is in unix seconds. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  if (!Number.isInteger(timestamp) || timestamp < 0) throw new RangeError('timestamp must be whole unix seconds');
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks a signature header. Several v1 values are accepted so that a receiver can verify while
 * a secret is being rotated (sender signs with both). Comparison is constant-time.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  opts: { toleranceSeconds?: number; now?: Date } = {},
): SignatureCheck {
  const { toleranceSeconds = 300, now = new Date() } = opts;
  if (!header) return { valid: false, reason: 'malformed' };
  let timestamp: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
  }
  if (timestamp === null || candidates.length === 0) return { valid: false, reason: 'malformed' };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return { valid: false, reason: 'stale' };
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  // Every candidate is compared, matched or not, so timing says nothing about which one matched.
  let ok = false;
  for (const c of candidates) ok = timingSafeEqual(expected, Buffer.from(c, 'hex')) || ok;
  return ok ? { valid: true, timestamp } : { valid: false, reason: 'mismatch' };
}

// Spread so that a receiver down for a deploy gets its messages within minutes, and one down for
// an afternoon still gets them the same day; about 7 h 12 min of attempts in all.
const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000];

/**
 * Delay before the next attempt, given how many attempts have been made (1 after the first
 * failure); null means give up. Deterministic, so a delivery's schedule can be shown in advance.
 */
export function nextAttemptDelay(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  return RETRY_DELAYS_MS[attempt - 1] ?? null;
}

/** The total number of attempts a delivery gets before it is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * Whether a failed attempt is worth repeating. Server errors, timeouts (408), rate limits (429)
 * and network failures are transient; any other 4xx says the request itself is refused, and
 * sending it again would be refused again. A 3xx is not followed (a webhook URL that moved must be
 * updated by a person) and is not retried.
 */
export function isRetryable(outcome: number | Error | unknown): boolean {
  if (typeof outcome === 'number') return outcome >= 500 || outcome === 408 || outcome === 429;
  return outcome instanceof Error;
}

export interface DeliveryResult {
  ok: boolean;
  status?: number;
  error?: string;
  retryable: boolean;
  /** The start of the receiver's answer (2 KB at most), for the delivery log. */
  responseBody?: string;
  /** The receiver's Retry-After, in milliseconds, when it sent one with a 429 or 503. */
  retryAfterMs?: number;
}

export interface DeliverOptions {
  url: string;
  secret: string;
  body: string;
  /** The delivery's id, stable across its attempts, so the receiver can drop duplicates. */
  deliveryId: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export async function deliverWebhook(opts: DeliverOptions): Promise<DeliveryResult> {
  const { url, secret, body, deliveryId, timeoutMs, fetchImpl = fetch, now = () => new Date() } = opts;
  // A malformed address will not mend itself: failing for good spares six pointless retries.
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return { ok: false, retryable: false, error: `not an http or https URL: ${url}` };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  try {
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Relais',
        [SIGNATURE_HEADER]: signPayload(secret, body, Math.floor(now().getTime() / 1000)),
        [DELIVERY_HEADER]: deliveryId,
      },
      body,
      redirect: 'manual',
      signal: controller.signal,
    });
    // The answer is read under the same deadline, and only its start: a receiver that streams
    // forever or answers with megabytes must not hold the worker.
    const responseBody = await readStart(res, RESPONSE_KEEP_BYTES);
    const ok = res.status >= 200 && res.status < 300;
    const result: DeliveryResult = { ok, status: res.status, retryable: !ok && isRetryable(res.status), responseBody };
    if (!ok) result.error = `HTTP ${res.status}`;
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'), now());
    if (!ok && retryAfter !== undefined && (res.status === 429 || res.status === 503)) result.retryAfterMs = retryAfter;
    return result;
  } catch (err) {
    const error = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : describe(err);
    return { ok: false, error, retryable: true };
  } finally {
    clearTimeout(timer);
  }
}

async function readStart(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  // A multi-byte character cut at the limit is dropped rather than shown as a replacement mark.
  return new TextDecoder('utf-8').decode(bytes, { stream: true });
}

function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND…) in cause.
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${err.message}: ${cause.code}` : cause?.message ? `${err.message}: ${cause.message}` : err.message;
}
