// Status, assignee, priority and tags of a conversation. A choice is saved at once and announced;
// whoever only reads sees the same facts as text. The assignee list offers the people the server
// accepts first: the department's social advisers and the person working, plus whoever has it now.
import { useState, type FormEvent } from 'react';
import { PRIORITIES, STATUSES, type ConversationDetail, type ConversationPatch, type Priority, type Status } from '../../conversations.ts';
import type { InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { useSession } from '../../session.tsx';
import { SelectField, TextField } from '../Field.tsx';
import { H } from './Badges.tsx';

interface Props {
  conv: ConversationDetail;
  org: InboxOrg;
  canWork: boolean;
  level: number;
  patch(body: ConversationPatch, done: string): Promise<void>;
}

export function WorkControls({ conv, org, canWork, level, patch }: Props) {
  const { t, label } = useLocale();
  const session = useSession();
  const department = conv.department ? org.departmentById.get(conv.department.id) : undefined;
  const people = new Map<string, string>();
  if (canWork) people.set(session.me.id, t('conv.me', { name: session.me.name }));
  for (const a of department?.advisers ?? []) if (!people.has(a.id)) people.set(a.id, a.name);
  if (conv.assignee && !people.has(conv.assignee.id)) people.set(conv.assignee.id, conv.assignee.name ?? conv.assignee.id);
  const titleId = `work-${conv.id}`;

  if (!canWork) {
    return (
      <section className="side-block" aria-labelledby={titleId}>
        <H level={level} id={titleId}>
          {t('conv.work')}
        </H>
        <dl className="side-facts">
          <dt>{t('conv.status')}</dt>
          <dd>{label('status', conv.status)}</dd>
          <dt>{t('conv.assignee')}</dt>
          <dd>{conv.assignee?.name ?? t('conv.unassigned')}</dd>
          <dt>{t('conv.priority')}</dt>
          <dd>{label('priority', conv.priority)}</dd>
          <dt>{t('conv.tags')}</dt>
          <dd>{conv.tags.length ? conv.tags.join(', ') : t('conv.noTags')}</dd>
        </dl>
      </section>
    );
  }

  return (
    <section className="side-block form" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.work')}
      </H>
      <SelectField
        label={t('conv.status')}
        value={conv.status}
        onChange={(e) => patch({ status: e.target.value as Status }, t('conv.statusSet', { status: label('status', e.target.value) }))}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {label('status', s)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('conv.assignee')}
        value={conv.assignee?.id ?? ''}
        onChange={(e) => {
          const id = e.target.value || null;
          void patch({ assigneeId: id }, id ? t('conv.assigned', { name: people.get(id) ?? '' }) : t('conv.unassignedNow'));
        }}
      >
        <option value="">{t('conv.unassigned')}</option>
        {[...people].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('conv.priority')}
        value={conv.priority}
        onChange={(e) => patch({ priority: e.target.value as Priority }, t('conv.prioritySet', { priority: label('priority', e.target.value) }))}
      >
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {label('priority', p)}
          </option>
        ))}
      </SelectField>
      <TagsEditor tags={conv.tags} onChange={(tags, done) => patch({ tags }, done)} />
    </section>
  );
}

const MAX_TAGS = 20;

function TagsEditor({ tags, onChange }: { tags: string[]; onChange(tags: string[], done: string): Promise<void> }) {
  const { t } = useLocale();
  const [tag, setTag] = useState('');
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const value = tag.trim().slice(0, 50);
    if (!value || tags.includes(value) || tags.length >= MAX_TAGS) return;
    await onChange([...tags, value], t('conv.tagAdded', { tag: value }));
    setTag('');
  };
  return (
    <fieldset className="field tags-editor">
      <legend>{t('conv.tags')}</legend>
      {tags.length === 0 ? (
        <p className="muted small">{t('conv.noTags')}</p>
      ) : (
        <ul className="tag-list">
          {tags.map((x) => (
            <li key={x} className="chip">
              {x}
              <button
                type="button"
                className="button small ghost"
                aria-label={t('conv.removeTag', { tag: x })}
                onClick={() => onChange(tags.filter((y) => y !== x), t('conv.tagRemoved', { tag: x }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* A form of its own, so Enter in the box adds the tag and nothing else. */}
      <form className="inline-form" onSubmit={add}>
        <TextField label={t('conv.newTag')} className="grow" value={tag} maxLength={50} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="button small" disabled={!tag.trim() || tags.length >= MAX_TAGS}>
          {t('common.add')}
        </button>
      </form>
    </fieldset>
  );
}
