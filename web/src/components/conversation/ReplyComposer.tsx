// Answering the author through the channel. A channel that cannot send says so before anyone
// types; a reply the guidelines stop comes back with the findings, shown next to the text that
// caused them; a reply held for approval is said to be so. Delivery status then shows in the history.
import { useState, type RefObject } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { api, ApiError } from '../../api.ts';
import type { Channel, Finding } from '../../conversations.ts';
import { useSubmit } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { FormError, TextAreaField } from '../Field.tsx';
import { WarningIcon } from '../Icons.tsx';
import { H } from './Badges.tsx';
import { DraftFindings, type Submitted } from '../governance/DraftCheck.tsx';

const MAX_REPLY = 10_000;

/** Why a channel cannot carry a reply, in the words of what the person can do about it. */
export function CannotSend({ channel }: { channel: Pick<Channel, 'name' | 'kind'> }) {
  const { t } = useLocale();
  const why = channel.kind === 'feed' ? 'conv.cannotSend.feed' : channel.kind === 'import' ? 'conv.cannotSend.import' : 'conv.cannotSend.noWebhook';
  return (
    <div className="banner warning" role="note">
      <WarningIcon />
      <div>
        <p>
          <strong>{t('conv.cannotSend', { channel: channel.name })}</strong>
        </p>
        <p>{t(why)}</p>
      </div>
    </div>
  );
}

interface Props {
  id: number;
  boxRef: RefObject<HTMLTextAreaElement | null>;
  /** The conversation's channel: the draft is checked against the guidelines as it is typed. */
  channelId?: string;
  level: number;
  onSent(): void;
}

export function ReplyComposer({ id, boxRef, level, onSent, channelId }: Props) {
  const { t } = useLocale();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  // Findings refer to positions in the text that was checked, kept here as sent.
  const [checked, setChecked] = useState<{ text: string; findings: Finding[]; blocked: boolean } | null>(null);
  const [cannotSend, setCannotSend] = useState(false);
  const { busy, error, run } = useSubmit();
  const titleId = `reply-${id}`;

  const send = () =>
    run(null, async () => {
      const sent = text;
      setChecked(null);
      try {
        const r = await api.reply(id, sent);
        setText('');
        setChecked(r.check.findings.length ? { text: sent, findings: r.check.findings, blocked: false } : null);
        announce(t(r.status === 'pending_approval' ? 'conv.reply.pending' : 'conv.reply.queued'));
        onSent();
      } catch (err) {
        if (err instanceof ApiError && err.code === 'blocked_by_guidelines') {
          setChecked({ text: sent, findings: Array.isArray(err.raw) ? (err.raw as Finding[]) : [], blocked: true });
          return;
        }
        if (err instanceof ApiError && err.code === 'channel_cannot_send') {
          setCannotSend(true);
          return;
        }
        throw err;
      }
    });

  return (
    <section className="composer" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.reply')}
      </H>
      {cannotSend && <p className="form-error" role="alert">{t('conv.cannotSend.now')}</p>}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void send();
        }}
      >
        <TextAreaField
          ref={boxRef}
          label={t('conv.reply.label')}
          hint={t('conv.reply.hint', { n: text.length, max: MAX_REPLY })}
          rows={4}
          maxLength={MAX_REPLY}
          value={text}
          aria-keyshortcuts="r"
          onChange={(e) => setText(e.target.value)}
        />
        <DraftFindings text={text} channel={channelId} conversationId={id} submitted={checked as Submitted | null} />
        <FormError error={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy || !text.trim()}>
            {t('conv.reply.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
