// The charter checked as the writer types: a pause in typing sends the draft to the same check
// the server runs when the message is sent, and the findings show with their spans marked. An
// answer to an older draft is dropped. After a send, what the server said about the message sent
// (refused, or sent with remarks) takes the place of the live check until the text changes.
import { useEffect, useRef, useState } from 'react';
import { gov, type CheckResult, type DraftInput, type Finding } from '../../governance.ts';
import { useLocale } from '../../locale.tsx';
import { CheckReport } from './Findings.tsx';

export interface DraftCheckState {
  /** The text the result is about: findings' spans point into it. */
  text: string;
  result: CheckResult | null;
  checking: boolean;
  error: unknown;
}

const DELAY_MS = 400;

export function useDraftCheck(draft: DraftInput | null, delayMs = DELAY_MS): DraftCheckState {
  const [state, setState] = useState<DraftCheckState>({ text: '', result: null, checking: false, error: null });
  const seq = useRef(0);
  const key = draft ? JSON.stringify(draft) : '';
  useEffect(() => {
    const mine = ++seq.current;
    if (!draft || !draft.text.trim()) {
      setState({ text: '', result: null, checking: false, error: null });
      return;
    }
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      gov.check(draft).then(
        (result) => mine === seq.current && setState({ text: draft.text, result, checking: false, error: null }),
        (error) => mine === seq.current && setState((s) => ({ ...s, checking: false, error })),
      );
    }, delayMs);
    return () => clearTimeout(timer);
    // The draft is compared by value: a new object with the same fields is not a new check.
  }, [key, delayMs]);
  return state;
}

/**
 * The live report of a draft; nothing while the box is empty. Only the verdict is announced to
 * screen readers as it changes (not the whole report at every pause in typing); the findings
 * follow it in the reading order.
 */
export function LiveCheck({ state, label }: { state: DraftCheckState; label?: string }) {
  const { t, plural } = useLocale();
  const summary = state.result ? `${t(`verdict.${state.result.verdict}`)}${state.result.findings.length ? ` · ${plural('gov.findings', state.result.findings.length)}` : ''}` : '';
  return (
    <div className="live-check">
      <span className="visually-hidden" role="status">
        {summary}
      </span>
      {state.result ? (
        <CheckReport text={state.text} verdict={state.result.verdict} findings={state.result.findings} pending={state.checking} mirrorLabel={label} />
      ) : state.error ? (
        <p className="muted small">{t('gov.checkFailed')}</p>
      ) : state.checking ? (
        <p className="muted small">{t('gov.checking')}</p>
      ) : null}
    </div>
  );
}

/** What the server answered about a message sent: refused (422) or accepted with remarks. */
export interface Submitted {
  text: string;
  findings: Finding[];
  blocked: boolean;
}

/**
 * The composer's block of findings: the server's answer about the message just sent while the
 * text is unchanged (or emptied by the send), else the live check of the draft.
 */
export function DraftFindings({
  text,
  channel,
  conversationId,
  submitted,
  contentType = 'reply',
  promotional,
}: {
  text: string;
  channel?: string;
  conversationId?: number;
  submitted: Submitted | null;
  contentType?: 'reply' | 'post';
  promotional?: boolean;
}) {
  const { t } = useLocale();
  const showSubmitted = !!submitted && (submitted.text === text || text === '');
  const live = useDraftCheck(
    channel && !showSubmitted
      ? { text, channel, contentType, ...(conversationId !== undefined && { conversationId }), ...(promotional !== undefined && { promotional }) }
      : null,
  );
  if (showSubmitted) {
    const verdict = submitted.blocked ? 'blocked' : submitted.findings.some((f) => f.severity === 'needs_approval') ? 'needs_approval' : 'warn';
    const reply = contentType === 'reply';
    const heading =
      verdict === 'blocked' ? (reply ? 'conv.reply.blocked' : 'gov.submit.blocked') : verdict === 'needs_approval' && reply ? 'conv.reply.pending' : reply ? 'conv.reply.warnings' : 'gov.submit.remarks';
    return (
      <div role={submitted.blocked ? 'alert' : 'status'}>
        <CheckReport
          text={submitted.text}
          verdict={verdict}
          findings={submitted.findings}
          heading={<p className={submitted.blocked ? 'field-error' : ''}>{t(heading)}</p>}
        />
      </div>
    );
  }
  return <LiveCheck state={live} />;
}
