// Pieces of the post page: the status badge (with "paused" when a freeze holds a post past its
// time), the calendar warnings, each channel's delivery, and where an approval stands.
import { postApproval, type Freeze, type Post, type PostStatus } from '../../governance.ts';
import { useLoad } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { Link } from '../../router.tsx';
import { WarningIcon } from '../Icons.tsx';
import { ApprovalSteps, ApprovalSummaryLine } from './Approval.tsx';
import { useActiveFreezes } from './FreezeBanner.tsx';

export function PostStatusBadge({ status }: { status: PostStatus }) {
  const { t } = useLocale();
  return <span className={`badge post-status post-status-${status}`}>{t(`postStatus.${status}`)}</span>;
}

/**
 * A scheduled post whose time has passed while a freeze covers its department: the publishing
 * worker skips it until the freeze is lifted.
 */
export function isPaused(post: Post, freezes: Freeze[], now = Date.now()): boolean {
  return (
    post.status === 'scheduled' &&
    !!post.scheduledAt &&
    new Date(post.scheduledAt).getTime() <= now &&
    freezes.some((f) => f.departmentIds.includes(post.departmentId))
  );
}

export function PostState({ post }: { post: Post }) {
  const { t, dateTime } = useLocale();
  const freezes = useActiveFreezes().data ?? [];
  const paused = isPaused(post, freezes);
  return (
    <div className="post-state" role="status">
      <p>
        <strong>{t('post.status')}</strong> <PostStatusBadge status={post.status as PostStatus} />{' '}
        {paused && <span className="badge post-status-paused">{t('post.paused')}</span>}
        {post.scheduledAt && (
          <span className="muted">
            {' '}
            · {t('post.when', { date: dateTime(post.scheduledAt), local: post.scheduledLocal?.replace('T', ' ') ?? '', zone: post.timezone ?? '' })}
          </span>
        )}
      </p>
      {paused && <p className="muted small">{t('post.paused.hint')}</p>}
      {post.variants.some((v) => v.status !== 'pending' || v.lastError) && (
        <ul className="plain-list small">
          {post.variants.map((v) => (
            <li key={v.id}>
              {v.channel.name} — {t(`variantStatus.${v.status as 'pending'}`)}
              {v.sentAt && <> · {dateTime(v.sentAt)}</>}
              {v.lastError && <span className="field-error"> · {v.lastError}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Conflicts({ post }: { post: Post }) {
  const { t, lang } = useLocale();
  if (post.conflicts.length === 0) return null;
  return (
    <div className="banner warning conflicts" role="note">
      <WarningIcon />
      <div>
        <p>
          <strong>{t('post.conflicts')}</strong>
        </p>
        <ul className="plain-list">
          {post.conflicts.map((c, i) => (
            <li key={i}>
              <span className="badge">{t(`conflict.${c.kind}`)}</span> {c.message[lang]}
              {c.otherPostId && (
                <>
                  {' '}
                  <Link to={`/posts/${c.otherPostId}`}>{t('post.conflict.open', { id: c.otherPostId })}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The post's latest approval request, when the reader may list it (author, coordinator, auditor). */
export function PostApproval({ post }: { post: Post }) {
  const { t } = useLocale();
  const loaded = useLoad(() => postApproval(post.id), [post.id, post.status]);
  const view = loaded.data;
  if (!view) return null;
  // An older request for a post edited since means nothing now.
  if (view.status === 'withdrawn') return null;
  return (
    <section className="block" aria-labelledby="post-approval">
      <h2 id="post-approval">{t('post.approval')}</h2>
      <ApprovalSummaryLine view={view} />
      <ApprovalSteps view={view} />
      <p className="small">
        <Link to={`/approvals/${view.id}`}>{t('approval.open', { id: view.id })}</Link>
      </p>
    </section>
  );
}
