// A post: one message for several channels, a text per channel, published at a local time of
// the department's entity. Saved as a draft, then submitted: the charter checks every text (a
// blocking finding stops it, a rule or policy asking for approval sends it to its approvers),
// and the calendar warns of posts too close on a channel, a freeze at that time or a language
// the channel does not use. Editing a submitted post sends it back to draft.
import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { ApiError } from '../api.ts';
import { FormError, SelectField, TextAreaField, TextField, useFieldErrors } from '../components/Field.tsx';
import { DraftFindings, type Submitted } from '../components/governance/DraftCheck.tsx';
import { Conflicts, PostApproval, PostState } from '../components/governance/PostParts.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { gov, type CheckResult, type Finding, type Post, type PostInput } from '../governance.ts';
import { useLoad, useSubmit } from '../hooks.ts';
import { byEntity, loadInboxOrg, type InboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import { entityTarget } from '../orgTree.ts';
import type { PageProps } from '../pages.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

const POLL_MS = 5_000;
const MAX_TEXT = 20_000;

/** The instant as the input shows it, in the entity's zone; seconds only when there are some. */
function localInput(iso: string | null, timezone: string | null): string {
  if (!iso) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone ?? undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const base = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  return parts.second === '00' ? base : `${base}:${parts.second}`;
}

export default function PostEditor({ params }: PageProps) {
  const { t } = useLocale();
  const session = useSession();
  const id = params.id ? Number(params.id) : null;
  const org = useLoad(() => loadInboxOrg(session.me.id), [session.me.id]);
  const post = useLoad(() => (id ? gov.post(id) : Promise.resolve(null)), [id]);
  useTitle(id ? (post.data?.title ?? t('post.title')) : t('post.new'));
  // While the post waits for its time, an approval or a freeze, its status is read again.
  const { reload } = post;
  const waiting = post.data && ['pending_approval', 'scheduled'].includes(post.data.status);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  if (id !== null && !Number.isInteger(id)) return <div className="page">{t('app.notFound.text')}</div>;
  const error = org.error ?? post.error;
  if (!org.data || (id && !post.data)) return <div className="page">{error ? <ErrorBox error={error} retry={post.data ? org.reload : post.reload} /> : <Loading />}</div>;
  return <PostPage org={org.data} post={post.data ?? null} reload={reload} />;
}

function PostPage({ org, post, reload }: { org: InboxOrg; post: Post | null; reload(): void }) {
  const { t, lang } = useLocale();
  const session = useSession();
  const writable = (departmentId: string) => {
    const d = org.departmentById.get(departmentId);
    return !!d && session.can('posts.write', entityTarget(org.entities, d.entity.id, d.id));
  };
  const departments = org.departments.filter((d) => writable(d.id));
  const canEdit = post ? writable(post.departmentId) && post.status !== 'published' : departments.length > 0;
  const department = post ? org.departmentById.get(post.departmentId) : undefined;

  return (
    <div className="page narrow">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/calendar">{t('calendar.title')}</Link>
      </nav>
      <h1>{post ? post.title : t('post.new')}</h1>
      {post && (
        <>
          <p className="muted">
            {department ? `${department.names[lang]} — ${department.entity.name}` : ''} · {t('post.number', { id: post.id })}
          </p>
          <PostState post={post} />
          <Conflicts post={post} />
        </>
      )}
      {canEdit ? <PostForm org={org} post={post} departments={departments} reload={reload} /> : post && <ReadOnly post={post} />}
      {post && <PostApproval post={post} />}
    </div>
  );
}

function ReadOnly({ post }: { post: Post }) {
  const { t } = useLocale();
  return (
    <section className="block" aria-labelledby="variants-title">
      <h2 id="variants-title">{t('post.variants')}</h2>
      {post.promotional && <p className="badge">{t('post.promotional')}</p>}
      {post.variants.map((v) => (
        <div key={v.id} className="variant">
          <h3>{v.channel.name}</h3>
          <p className="message-text">{v.text}</p>
        </div>
      ))}
    </section>
  );
}

interface Variant {
  channelId: string;
  text: string;
}

/**
 * What a submission answered, carried over when a new post gets its own address: the page is
 * built anew there, and the findings must still show.
 */
const carried = new Map<number, { submitted: Record<string, Submitted>; blocked: string | null }>();

function PostForm({ org, post, departments, reload }: { org: InboxOrg; post: Post | null; departments: InboxOrg['departments']; reload(): void }) {
  const { t, lang } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const [title, setTitle] = useState(post?.title ?? '');
  const [departmentId, setDepartmentId] = useState(post?.departmentId ?? departments[0]?.id ?? '');
  const [scheduledAt, setScheduledAt] = useState(localInput(post?.scheduledAt ?? null, post?.timezone ?? null));
  const [promotional, setPromotional] = useState(post?.promotional ?? false);
  const [variants, setVariants] = useState<Variant[]>(post?.variants.map((v) => ({ channelId: v.channel.id, text: v.text })) ?? []);
  // What the server said at the last submission, per channel: refused texts, or remarks.
  const carry = post ? carried.get(post.id) : undefined;
  const [submitted, setSubmitted] = useState<Record<string, Submitted>>(carry?.submitted ?? {});
  const [blockedMessage, setBlockedMessage] = useState<string | null>(carry?.blocked ?? null);
  useEffect(() => {
    if (post) carried.delete(post.id);
  }, [post?.id]);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const input = (): PostInput => ({ departmentId, title: title.trim(), scheduledAt: scheduledAt || null, promotional, variants });
  const saved = useRef(post ? JSON.stringify(input()) : null);
  const dirty = saved.current !== JSON.stringify(input());
  const canCheck = session.canSomewhere('guidelines.check');

  const dep = org.departmentById.get(departmentId);
  const timezone = org.entities.find((e) => e.id === dep?.entity.id)?.timezone ?? 'Europe/Paris';
  const toggle = (channelId: string, on: boolean) =>
    setVariants((vs) => (on ? [...vs, { channelId, text: vs[0]?.text ?? '' }] : vs.filter((v) => v.channelId !== channelId)));
  const setText = (channelId: string, text: string) => setVariants((vs) => vs.map((v) => (v.channelId === channelId ? { ...v, text } : v)));

  /** Saves when something changed; returns the post's id. */
  const save = async (): Promise<number> => {
    const body = input();
    if (post && saved.current === JSON.stringify(body)) return post.id;
    const result = post ? await gov.updatePost(post.id, body) : await gov.createPost(body);
    saved.current = JSON.stringify(body);
    return result.id;
  };
  const afterSave = (id: number, answer?: { submitted: Record<string, Submitted>; blocked: string | null }) => {
    if (post) return reload();
    if (answer) carried.set(id, answer);
    navigate(`/posts/${id}`, { replace: true });
  };

  const onSave = () =>
    run(null, async () => {
      const id = await save();
      announce(t('post.saved'));
      afterSave(id);
    });

  const onSubmit = () =>
    run(null, async () => {
      setSubmitted({});
      setBlockedMessage(null);
      const id = await save();
      try {
        const result = await gov.submitPost(id);
        const remarks: Record<string, Submitted> = {};
        result.variants.forEach((v, i) => {
          const c: CheckResult | undefined = result.checks[i];
          if (c && c.findings.length > 0) remarks[v.channel.id] = { text: v.text, findings: c.findings, blocked: false };
        });
        setSubmitted(remarks);
        announce(t(result.status === 'pending_approval' ? 'post.submitted.pending' : 'post.submitted.scheduled'));
        afterSave(id, { submitted: remarks, blocked: null });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'blocked_by_guidelines') {
          // The message names the channel whose text was refused.
          const name = /"([^"]+)"/.exec(err.message)?.[1];
          const channel = org.channels.find((c) => c.name === name);
          const v = variants.find((x) => x.channelId === channel?.id);
          const refused = v ? { [v.channelId]: { text: v.text, findings: Array.isArray(err.raw) ? (err.raw as Finding[]) : [], blocked: true } } : {};
          const message = t('post.blocked', { channel: name ?? '?' });
          setSubmitted(refused);
          setBlockedMessage(message);
          afterSave(id, { submitted: refused, blocked: message });
          return;
        }
        afterSave(id);
        throw err;
      }
    });

  const onCancelPost = () =>
    run(null, async () => {
      await gov.cancelPost(post!.id);
      announce(t('post.cancelledNow'));
      reload();
    });

  const variantErrors = Object.entries(fe).filter(([k]) => k.startsWith('variants'));
  return (
    <form className="form post-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('post.titleField')} value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} error={fe.title} />
      <div className="form-grid">
        <SelectField label={t('post.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={fe.departmentId}>
          {byEntity(org, departments).map((g) => (
            <optgroup key={g.entity} label={g.entity}>
              {g.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.names[lang]} — {g.entity}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField
          label={t('post.scheduledAt')}
          hint={t('post.scheduledAt.hint', { zone: timezone })}
          type="datetime-local"
          value={scheduledAt}
          onChange={(e) => setScheduledAt(e.target.value)}
          error={fe.scheduledAt}
        />
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={promotional} onChange={(e) => setPromotional(e.target.checked)} />
            {t('post.promotional')}
          </label>
          <span className="hint">{t('post.promotional.hint')}</span>
        </div>
      </div>

      <fieldset className="field check-group">
        <legend>{t('post.channels')}</legend>
        {org.channels.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={variants.some((v) => v.channelId === c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.name}
            {!c.capabilities.publish && <span className="muted small"> — {t('post.cannotPublish')}</span>}
          </label>
        ))}
        {fe.variants && <span className="field-error">{fe.variants}</span>}
      </fieldset>

      {variants.map((v, i) => {
        const channel = org.channelById.get(v.channelId);
        return (
          <section key={v.channelId} className="variant" aria-labelledby={`variant-${v.channelId}`}>
            <h3 id={`variant-${v.channelId}`}>{channel?.name}</h3>
            <TextAreaField
              label={t('post.variantText', { channel: channel?.name ?? '' })}
              hint={t('post.variantText.hint', { n: v.text.length, langs: channel?.lang.join(', ') ?? '' })}
              rows={4}
              maxLength={MAX_TEXT}
              value={v.text}
              onChange={(e) => setText(v.channelId, e.target.value)}
              error={fe[`variants.${i}.text`] ?? fe[`variants.${i}.channelId`]}
            />
            <DraftFindings
              text={v.text}
              channel={canCheck ? v.channelId : undefined}
              contentType="post"
              promotional={promotional}
              submitted={submitted[v.channelId] ?? null}
            />
          </section>
        );
      })}
      {variants.length === 0 && <p className="hint">{t('post.noChannel')}</p>}

      {blockedMessage && (
        <p className="form-error" role="alert">
          {blockedMessage}
        </p>
      )}
      <FormError error={error} shown={['title', 'departmentId', 'scheduledAt', 'variants', ...variantErrors.map(([k]) => k)]} />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={onSave}>
          {t('post.saveDraft')}
        </button>
        <button type="button" className="button primary" disabled={busy || variants.length === 0 || !scheduledAt} onClick={onSubmit}>
          {t('post.submit')}
        </button>
        {post && !['published', 'cancelled'].includes(post.status) && (
          <button type="button" className="button danger" disabled={busy} onClick={onCancelPost}>
            {t('post.cancel')}
          </button>
        )}
        {dirty && post && post.status !== 'draft' && <span className="hint">{t('post.editResets')}</span>}
      </div>
    </form>
  );
}
