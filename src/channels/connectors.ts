// What each kind of channel can do. Generic code asks the capability, never the kind.
import type { ChannelRow } from './channels.repo.ts';

export interface Capabilities {
  /** Relais fetches new items itself (feeds). */
  fetch: boolean;
  /** A reply can be sent back through the channel. */
  reply: boolean;
  publish: boolean;
}

export function capabilities(c: Pick<ChannelRow, 'kind' | 'config'>): Capabilities {
  switch (c.kind) {
    case 'api':
      // An API channel answers through its outbound webhook, when one is set.
      return { fetch: false, reply: !!c.config.outboundUrl, publish: !!c.config.outboundUrl };
    case 'feed':
      return { fetch: true, reply: false, publish: false };
    case 'import':
      return { fetch: false, reply: false, publish: false };
  }
}

/** The channel as the API shows it: secrets stay on the server except for its managers. */
export function publicChannel(c: ChannelRow, withSecrets = false) {
  const { secret, etag, lastModified, ...config } = c.config;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    active: c.active,
    lang: c.lang,
    department: c.department,
    capabilities: capabilities(c),
    config: withSecrets ? { ...config, secret } : config,
  };
}
