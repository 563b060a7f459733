// Creating or editing a routing rule: when it applies (every condition must hold; within one,
// any value will do) and what it does (the department, by kind nearest to the channel or a named
// one; priority; first-response time; tags). The server checks the keyword expression and names
// the field it could not read; the message shows under the field.
import { useState } from 'react';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../../../../src/org/org.domain.ts';
import type { RuleInput } from '../../api.ts';
import { INTENTS, MESSAGE_LANGS, PRIORITIES, SENTIMENTS, type Priority, type RoutingRule } from '../../conversations.ts';
import { useSubmit } from '../../hooks.ts';
import type { InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { DepartmentOptions } from '../DepartmentOptions.tsx';
import { FormError, SelectField, TextField, useFieldErrors, FormActions, CheckGroup } from '../Field.tsx';

type Destination = 'none' | 'kind' | 'department';

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

interface Props {
  org: InboxOrg;
  initial: RoutingRule | null;
  nextPosition: number;
  submitLabel: string;
  onSubmit(input: RuleInput): Promise<void>;
  onCancel(): void;
}

export function RuleForm({ org, initial, nextPosition, submitLabel, onSubmit, onCancel }: Props) {
  const { t, label, lang } = useLocale();
  const c = initial?.conditions ?? {};
  const a = initial?.actions ?? {};
  const [name, setName] = useState(initial?.name ?? '');
  const [position, setPosition] = useState(String(initial?.position ?? nextPosition));
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [langs, setLangs] = useState((c.lang ?? []) as (typeof MESSAGE_LANGS)[number][]);
  const [sentiments, setSentiments] = useState((c.sentiment ?? []) as (typeof SENTIMENTS)[number][]);
  const [intents, setIntents] = useState((c.intent ?? []) as (typeof INTENTS)[number][]);
  const [topics, setTopics] = useState(c.topics ?? []);
  const [channels, setChannels] = useState(c.channelIds ?? []);
  const [minRisk, setMinRisk] = useState(c.minRisk?.toString() ?? '');
  const [maxRisk, setMaxRisk] = useState(c.maxRisk?.toString() ?? '');
  const [keywords, setKeywords] = useState(c.keywords ?? '');
  const [destination, setDestination] = useState<Destination>(a.departmentId ? 'department' : a.departmentKind ? 'kind' : 'none');
  const [kind, setKind] = useState<DepartmentKind>(a.departmentKind ?? 'customer_service');
  const [departmentId, setDepartmentId] = useState(a.departmentId ?? org.departments[0]?.id ?? '');
  const [priority, setPriority] = useState<Priority | ''>(a.priority ?? '');
  const [sla, setSla] = useState(a.slaFirstResponseMinutes?.toString() ?? '');
  const [tags, setTags] = useState((a.tags ?? []).join(', '));
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  const input = (): RuleInput => ({
    name: name.trim(),
    position: Number(position),
    enabled,
    conditions: {
      ...(langs.length > 0 && { lang: langs }),
      ...(sentiments.length > 0 && { sentiment: sentiments }),
      ...(intents.length > 0 && { intent: intents }),
      ...(topics.length > 0 && { topics }),
      ...(channels.length > 0 && { channelIds: channels }),
      ...(num(minRisk) !== undefined && { minRisk: num(minRisk) }),
      ...(num(maxRisk) !== undefined && { maxRisk: num(maxRisk) }),
      ...(keywords.trim() !== '' && { keywords: keywords.trim() }),
    },
    actions: {
      ...(destination === 'kind' && { departmentKind: kind }),
      ...(destination === 'department' && { departmentId }),
      ...(priority !== '' && { priority }),
      ...(num(sla) !== undefined && { slaFirstResponseMinutes: num(sla) }),
      ...(tags.trim() !== '' && { tags: tags.split(',').map((x) => x.trim()).filter(Boolean) }),
    },
  });

  const shown = ['name', 'position', 'conditions.keywords', 'conditions.minRisk', 'conditions.maxRisk', 'actions.slaFirstResponseMinutes', 'actions.tags', 'actions.departmentId'];
  return (
    <form className="form rule-form" noValidate onSubmit={(e) => run(e, () => onSubmit(input()))}>
      <div className="form-grid">
        <TextField label={t('routing.form.name')} value={name} required maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} error={fe.name} />
        <TextField label={t('routing.form.position')} hint={t('routing.form.position.hint')} type="number" min={0} value={position} onChange={(e) => setPosition(e.target.value)} error={fe.position} />
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {t('routing.enabled')}
          </label>
        </div>
      </div>
      <h3>{t('routing.form.when')}</h3>
      <p className="hint">{t('routing.form.when.hint')}</p>
      <div className="form-grid">
        <CheckGroup legend={t('conv.intent')} options={INTENTS.map((i) => [i, label('intent', i)])} values={intents} onChange={setIntents} />
        <CheckGroup legend={t('conv.sentiment')} options={SENTIMENTS.map((s) => [s, label('sentiment', s)])} values={sentiments} onChange={setSentiments} />
        <CheckGroup legend={t('conv.lang')} options={MESSAGE_LANGS.map((l) => [l, label('msgLang', l)])} values={langs} onChange={setLangs} />
        <CheckGroup legend={t('routing.form.channels')} options={org.channels.map((ch) => [ch.id, ch.name])} values={channels} onChange={setChannels} />
        {org.queries.length > 0 && <CheckGroup legend={t('conv.topics')} options={org.queries.map((q) => [q.id, q.name])} values={topics} onChange={setTopics} />}
        <div className="form">
          <TextField label={t('routing.form.minRisk')} type="number" min={0} max={100} value={minRisk} onChange={(e) => setMinRisk(e.target.value)} error={fe['conditions.minRisk']} />
          <TextField label={t('routing.form.maxRisk')} type="number" min={0} max={100} value={maxRisk} onChange={(e) => setMaxRisk(e.target.value)} error={fe['conditions.maxRisk']} />
        </div>
      </div>
      <TextField
        label={t('routing.form.keywords')}
        hint={t('routing.syntax.hint')}
        className="mono"
        value={keywords}
        maxLength={2000}
        onChange={(e) => setKeywords(e.target.value)}
        error={fe['conditions.keywords']}
      />
      <h3>{t('routing.form.then')}</h3>
      <div className="form-grid">
        <SelectField label={t('routing.form.destination')} value={destination} onChange={(e) => setDestination(e.target.value as Destination)}>
          <option value="none">{t('routing.form.destination.none')}</option>
          <option value="kind">{t('routing.form.destination.kind')}</option>
          <option value="department">{t('routing.form.destination.department')}</option>
        </SelectField>
        {destination === 'kind' && (
          <SelectField label={t('department.kind')} value={kind} onChange={(e) => setKind(e.target.value as DepartmentKind)}>
            {DEPARTMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {label('kind', k)}
              </option>
            ))}
          </SelectField>
        )}
        {destination === 'department' && (
          <SelectField label={t('scope.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={fe['actions.departmentId']}>
            <DepartmentOptions org={org} />
          </SelectField>
        )}
        <SelectField label={t('conv.priority')} value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')}>
          <option value="">{t('routing.form.priority.keep')}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {label('priority', p)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('routing.form.sla')} hint={t('routing.form.sla.hint')} type="number" min={1} value={sla} onChange={(e) => setSla(e.target.value)} error={fe['actions.slaFirstResponseMinutes']} />
        <TextField label={t('routing.form.tags')} hint={t('routing.form.tags.hint')} value={tags} onChange={(e) => setTags(e.target.value)} error={fe['actions.tags']} />
      </div>
      <FormError error={error} shown={shown} />
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
