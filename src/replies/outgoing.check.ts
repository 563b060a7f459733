// The one place every outgoing message passes before it may leave: the guidelines check.
// A verdict of 'blocked' stops it, 'needs_approval' holds it for approval, the rest lets it go.
export type Verdict = 'ok' | 'warn' | 'needs_approval' | 'blocked';

export interface OutgoingMessage {
  text: string;
  contentType: 'reply' | 'post';
  channelId: string;
  departmentId: string | null;
  conversationLang?: string | null;
  /** A post marked as advertising: the disclosure rule applies. */
  promotional?: boolean;
  /** The writer, whose language the findings speak. */
  authorId?: string;
}

export interface OutgoingCheck {
  verdict: Verdict;
  findings: { ruleId: string; severity: string; message: string; span: [number, number] | null }[];
}

export type OutgoingChecker = (m: OutgoingMessage) => Promise<OutgoingCheck>;

/** Until guidelines are configured, everything may leave. */
export const allowAll: OutgoingChecker = async () => ({ verdict: 'ok', findings: [] });
