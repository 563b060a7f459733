// Handing a conversation off to the department that owns the subject, with a reason the receiving
// team reads first; and sharing it with another department, which keeps it here and lets them read.
// Both list every department, grouped by entity, the current one left out.
import { useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { api } from '../../api.ts';
import type { ConversationDetail } from '../../conversations.ts';
import { byEntity, departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useSubmit } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { DisclosureButton, DisclosurePanel, type useDisclosure } from '../Disclosure.tsx';
import { FormError, SelectField, TextAreaField, useFieldErrors, FormActions } from '../Field.tsx';
import { H } from './Badges.tsx';

interface Props {
  conv: ConversationDetail;
  org: InboxOrg;
  disclosure: ReturnType<typeof useDisclosure>;
  level: number;
  /** After the move: the conversation where it now sits, or null if unknown. */
  afterMove(moved: ConversationDetail | null): void;
}

const MIN_REASON = 3;

function DepartmentOptions({ org, exclude }: { org: InboxOrg; exclude: string[] }) {
  const { lang } = useLocale();
  return (
    <>
      {byEntity(org, org.departments.filter((d) => !exclude.includes(d.id))).map((g) => (
        <optgroup key={g.entity} label={g.entity}>
          {g.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.names[lang]} — {g.entity}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

export function HandoffForms({ conv, org, disclosure: d, level, afterMove }: Props) {
  const { t, lang } = useLocale();
  const announce = useAnnounce();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ to?: boolean; reason?: boolean }>({});
  const toField = useRef<HTMLSelectElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const handoff = useSubmit();
  const fe = useFieldErrors(handoff.error);
  const [shareTo, setShareTo] = useState('');
  const sharing = useSubmit();
  const titleId = `handoff-${conv.id}`;
  const current = conv.department ? [conv.department.id] : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = { to: !to, reason: reason.trim().length < MIN_REASON };
    setMissing(check);
    // The first field to fix takes the focus, so the message next to it is read at once.
    if (check.to) return toField.current?.focus();
    if (check.reason) return reasonField.current?.focus();
    void handoff.run(null, async () => {
      await api.handOff(conv.id, { departmentId: to, reason: reason.trim() });
      const target = org.departmentById.get(to);
      announce(t('conv.handoff.done', { department: departmentName(org, lang, to) ?? '' }));
      setTo('');
      setReason('');
      d.close();
      afterMove(target ? { ...conv, department: { id: target.id, kind: target.kind } } : null);
    });
  };

  return (
    <section className="side-block" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.handoff')}
      </H>
      <p className="muted small">{t('conv.handoff.intro')}</p>
      <DisclosureButton d={d} className="button">
        {t('conv.handoff.open')}
      </DisclosureButton>
      <DisclosurePanel d={d} title={t('conv.handoff.open')}>
        <form className="form" onSubmit={submit} noValidate>
          <SelectField
            label={t('conv.handoff.to')}
            ref={toField}
            value={to}
            required
            autoFocus
            onChange={(e) => setTo(e.target.value)}
            error={missing.to ? t('conv.handoff.pickDepartment') : fe.departmentId}
          >
            <option value="">{t('conv.handoff.choose')}</option>
            <DepartmentOptions org={org} exclude={current} />
          </SelectField>
          <TextAreaField
            label={t('conv.handoff.reason')}
            hint={t('conv.handoff.reason.hint')}
            ref={reasonField}
            rows={3}
            required
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={missing.reason ? t('conv.handoff.reasonTooShort') : fe.reason}
          />
          <FormError error={handoff.error} shown={['departmentId', 'reason']} />
          <FormActions busy={handoff.busy} submitLabel={t('conv.handoff.submit')} onCancel={d.close} />
        </form>
      </DisclosurePanel>

      <form
        className="inline-form share-form"
        onSubmit={(e) =>
          sharing.run(e, async () => {
            if (!shareTo) return;
            await api.share(conv.id, shareTo);
            announce(t('conv.share.done', { department: departmentName(org, lang, shareTo) ?? '' }));
            setShareTo('');
            afterMove({ ...conv, sharedWith: [...conv.sharedWith, shareTo] });
          })
        }
      >
        <SelectField label={t('conv.share.with')} className="grow" value={shareTo} onChange={(e) => setShareTo(e.target.value)}>
          <option value="">{t('conv.handoff.choose')}</option>
          <DepartmentOptions org={org} exclude={[...current, ...conv.sharedWith]} />
        </SelectField>
        <button type="submit" className="button" disabled={sharing.busy || !shareTo}>
          {t('conv.share')}
        </button>
      </form>
      <FormError error={sharing.error} />
      {conv.sharedWith.length > 0 && (
        <p className="small">
          {t('conv.sharedWith')} {conv.sharedWith.map((id) => departmentName(org, lang, id)).join(', ')}
        </p>
      )}
    </section>
  );
}
