// One conversation, as the inbox pane and the conversation page show it: the message and its
// history, the reply composer and the note box, the work controls, the hand-off, and what Relais
// understood. Controls appear only where the server would accept them (the auditor reads only).
// The view reloads itself on live events about this conversation; its forms keep what is typed.
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { api, ApiError } from '../../api.ts';
import { safeHref, type ConversationDetail, type ConversationPatch } from '../../conversations.ts';
import { canStillRead, permissionsOn, type InboxOrg } from '../../inboxScope.ts';
import { useLiveEvents } from '../../live.tsx';
import { useLocale } from '../../locale.tsx';
import { useSession } from '../../session.tsx';
import { useNow } from '../../time.ts';
import { useDisclosure } from '../Disclosure.tsx';
import { FormError } from '../Field.tsx';
import { ErrorBox, KindBadge, Loading } from '../Status.tsx';
import { H, PriorityTag, SlaBadge, StatusTag } from './Badges.tsx';
import { HandoffForms } from './HandoffForms.tsx';
import { History } from './History.tsx';
import { NoteForm } from './NoteForm.tsx';
import { SlaClocks } from './SlaClocks.tsx';
import { CannotSend, ReplyComposer } from './ReplyComposer.tsx';
import { Understanding } from './Understanding.tsx';
import { WorkControls } from './WorkControls.tsx';

/** What the keyboard shortcuts ask of the open conversation. */
export interface ConversationActions {
  assignToMe(): void;
  resolve(): void;
  focusReply(): void;
  focusNote(): void;
  openHandoff(): void;
  focusHeading(): void;
}

interface Props {
  id: number;
  org: InboxOrg;
  /** 1 on the conversation page, 2 in the inbox pane. */
  level: 1 | 2;
  /** Move the focus to the heading once loaded (opened from the keyboard). */
  focusOnLoad?: boolean;
  ref?: Ref<ConversationActions>;
  onChanged?(c: ConversationDetail): void;
  /** The person can no longer read it (handed off elsewhere). */
  onLeft?(id: number): void;
}

export function ConversationView({ id, org, level, focusOnLoad = false, ref, onChanged, onLeft }: Props) {
  const { t, lang, dateTime, label } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const now = useNow();
  const [state, setState] = useState<{ conv?: ConversationDetail; error?: unknown }>({});
  const [patchError, setPatchError] = useState<unknown>(null);
  const seq = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const handoff = useDisclosure();

  const load = useCallback(() => {
    const mine = ++seq.current;
    api.conversation(id).then(
      (conv) => mine === seq.current && setState({ conv }),
      (error) => mine === seq.current && setState((s) => ({ ...s, error })),
    );
  }, [id]);
  useEffect(load, [load]);
  useLiveEvents((events) => {
    if (events.some((e) => e.type === 'resync' || e.conversationId === id)) load();
  }, 400);

  const conv = state.conv;
  const loaded = conv !== undefined;
  useEffect(() => {
    if (loaded && focusOnLoad) heading.current?.focus();
  }, [loaded, focusOnLoad]);
  const perms = conv ? permissionsOn(session, org, conv) : { work: false, note: false };

  const patch = async (body: ConversationPatch, done: string) => {
    setPatchError(null);
    try {
      const next = await api.updateConversation(id, body);
      setState({ conv: next });
      onChanged?.(next);
      announce(done);
    } catch (err) {
      setPatchError(err);
    }
  };

  const needWork = (run: () => void) => () => (perms.work ? run() : announce(t('conv.readOnly')));
  useImperativeHandle(ref, () => ({
    assignToMe: needWork(() => void patch({ assigneeId: session.me.id }, t('conv.assigned', { name: session.me.name }))),
    resolve: needWork(() => void patch({ status: 'resolved' }, t('conv.statusSet', { status: label('status', 'resolved') }))),
    focusReply: needWork(() => replyBox.current?.focus()),
    focusNote: () => (perms.note ? noteBox.current?.focus() : announce(t('conv.readOnly'))),
    openHandoff: needWork(() => handoff.setOpen(true)),
    focusHeading: () => heading.current?.focus(),
  }));

  // Not found and not allowed look the same from the API: either way it is not for this person now.
  if (state.error instanceof ApiError && state.error.status === 404) return <p className="notice">{t('conv.gone')}</p>;
  if (!conv) return state.error ? <ErrorBox error={state.error} retry={load} /> : <Loading />;
  const channel = org.channelById.get(conv.channel.id);
  const department = conv.department ? org.departmentById.get(conv.department.id) : undefined;
  const href = safeHref(conv.url);
  const afterMove = (moved: ConversationDetail | null) => {
    if (moved && canStillRead(session, org, moved)) return load();
    onLeft?.(id);
  };

  return (
    <article className="conversation" aria-labelledby={`conv-${id}-title`}>
      <header className="conv-head">
        <div>
          <H level={level} id={`conv-${id}-title`} ref={heading} tabIndex={-1}>
            {t('conv.title', { author: conv.author.name || conv.author.handle })}
          </H>
          <p className="muted">
            {conv.author.handle}
            {conv.author.followers != null && <> · {t('conv.followers', { n: conv.author.followers })}</>} · {conv.channel.name} ·{' '}
            <time dateTime={conv.createdAt}>{dateTime(conv.createdAt)}</time>
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {t('conv.original')}
                </a>
              </>
            )}
          </p>
          <p className="conv-flags">
            {department ? (
              <span>
                <KindBadge kind={department.kind} />
                {/* The department's own name when it says more than its kind. */}
                {department.names[lang] !== label('kind', department.kind) && <> {department.names[lang]}</>} — {department.entity.name}
              </span>
            ) : (
              <span className="badge">{t('inbox.triage')}</span>
            )}
            <StatusTag status={conv.status} />
            <PriorityTag priority={conv.priority} />
            <SlaBadge sla={conv.sla} now={now} />
          </p>
        </div>
        {perms.work && (
          <div className="inline-buttons">
            {conv.assignee?.id !== session.me.id && (
              <button type="button" className="button" aria-keyshortcuts="a" onClick={() => patch({ assigneeId: session.me.id }, t('conv.assigned', { name: session.me.name }))}>
                {t('conv.assignToMe')}
              </button>
            )}
            {conv.status !== 'resolved' && (
              <button type="button" className="button" aria-keyshortcuts="e" onClick={() => patch({ status: 'resolved' }, t('conv.statusSet', { status: label('status', 'resolved') }))}>
                {t('conv.resolve')}
              </button>
            )}
          </div>
        )}
      </header>
      <FormError error={patchError} />

      <div className="conv-body">
        <div className="conv-main">
          {perms.work && channel && !channel.capabilities.reply && <CannotSend channel={channel} />}
          <section aria-label={t('conv.message')} className="message root">
            <p className="message-text">{conv.text}</p>
            {conv.tags.length > 0 && (
              <p className="conv-tags">
                {conv.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </p>
            )}
          </section>
          <History conv={conv} org={org} level={level + 1} />
          {perms.work && channel?.capabilities.reply && <ReplyComposer id={id} boxRef={replyBox} level={level + 1} onSent={load} channelId={conv.channel.id} />}
          {perms.note && <NoteForm id={id} boxRef={noteBox} level={level + 1} onAdded={load} />}
        </div>
        <aside className="conv-side" aria-label={t('conv.side')}>
          <WorkControls conv={conv} org={org} canWork={perms.work} level={level + 1} patch={patch} />
          <SlaClocks id={conv.id} sla={conv.sla} now={now} level={level + 1} />
          {perms.work && <HandoffForms conv={conv} org={org} disclosure={handoff} level={level + 1} afterMove={afterMove} />}
          <Understanding conv={conv} org={org} level={level + 1} />
        </aside>
      </div>
    </article>
  );
}
