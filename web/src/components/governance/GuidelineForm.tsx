// Creating or editing a charter rule: its kind and the parameters that kind takes, its severity,
// where it applies and the explanation the writer reads, in French and English. Lists are typed
// one item per line. The server validates the rule and names the exact field ("params.terms[2]");
// each message shows under the field it concerns.
import { useState } from 'react';
import { CONTENT_TYPES, PERSONAL_DATA_TYPES, RULE_KINDS, SEVERITIES, type ContentType, type Rule, type RuleInput, type RuleKind, type Severity } from '../../governance.ts';
import { useSubmit } from '../../hooks.ts';
import { byEntity, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { FormError, SelectField, TextAreaField, TextField, useFieldErrors, FormActions, CheckGroup } from '../Field.tsx';

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
const listOf = (v: unknown) => (Array.isArray(v) ? v.join('\n') : '');
const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

interface Props {
  org: InboxOrg;
  initial: Rule | null;
  submitLabel: string;
  onSubmit(input: RuleInput): Promise<void>;
  onCancel(): void;
}

export function GuidelineForm({ org, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t, lang } = useLocale();
  const p = obj(initial?.params);
  const [kind, setKind] = useState<RuleKind>(initial?.kind ?? 'forbidden_terms');
  const [severity, setSeverity] = useState<Severity>(initial?.severity ?? 'warn');
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [explFr, setExplFr] = useState(initial?.explanation.fr ?? '');
  const [explEn, setExplEn] = useState(initial?.explanation.en ?? '');
  const [entityIds, setEntityIds] = useState<string[]>(initial?.scope.entityIds ?? []);
  const [departmentIds, setDepartmentIds] = useState<string[]>(initial?.scope.departmentIds ?? []);
  const [channelIds, setChannelIds] = useState<string[]>(initial?.scope.channelIds ?? []);
  const [contentTypes, setContentTypes] = useState<ContentType[]>(initial?.scope.contentTypes ?? []);
  // Parameters, as typed; turned into the kind's params on submit.
  const [terms, setTerms] = useState(listOf(p.terms));
  const [exceptions, setExceptions] = useState(listOf(p.exceptions ?? obj(p.profanity).exceptions));
  const [detect, setDetect] = useState<string[]>(Array.isArray(p.detect) ? p.detect : ['email', 'phone']);
  const [country, setCountry] = useState(typeof p.defaultCountry === 'string' ? p.defaultCountry : '');
  const [tags, setTags] = useState(listOf(p.tags));
  const [upper, setUpper] = useState(p.uppercase ? String(Math.round(obj(p.uppercase).maxRatio * 100)) : '');
  const [minLetters, setMinLetters] = useState(p.uppercase?.minLetters !== undefined ? String(p.uppercase.minLetters) : '');
  const [maxRun, setMaxRun] = useState(p.repeatedPunctuation ? String(obj(p.repeatedPunctuation).maxRun) : '');
  const [profanity, setProfanity] = useState(!!p.profanity);
  const [extraTerms, setExtraTerms] = useState(listOf(obj(p.profanity).extraTerms));
  const [max, setMax] = useState(typeof p.max === 'number' ? String(p.max) : '');
  const [perNetwork, setPerNetwork] = useState(
    Object.entries(obj(p.perNetwork))
      .map(([n, v]) => `${n}=${v}`)
      .join('\n'),
  );
  const [domains, setDomains] = useState(listOf(p.domains));
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  /** Every server message about a field or its items ("params.terms[2]: …"). */
  const err = (prefix: string) => {
    const found = Object.entries(fe).filter(([k]) => k === prefix || k.startsWith(prefix + '[') || k.startsWith(prefix + '.'));
    return found.length ? found.map(([k, m]) => (k === prefix ? m : `${k.slice(prefix.length)} ${m}`)).join('; ') : undefined;
  };

  const params = (): Record<string, unknown> => {
    switch (kind) {
      case 'forbidden_terms':
      case 'legal_review':
        return { terms: lines(terms), ...(lines(exceptions).length > 0 && { exceptions: lines(exceptions) }) };
      case 'personal_data':
        return { detect, ...(country.trim() && { defaultCountry: country.trim().toUpperCase() }) };
      case 'disclosure':
        return { tags: lines(tags) };
      case 'tone':
        return {
          ...(num(upper) !== undefined && { uppercase: { maxRatio: num(upper)! / 100, ...(num(minLetters) !== undefined && { minLetters: num(minLetters) }) } }),
          ...(num(maxRun) !== undefined && { repeatedPunctuation: { maxRun: num(maxRun) } }),
          ...(profanity && {
            profanity: { ...(lines(extraTerms).length > 0 && { extraTerms: lines(extraTerms) }), ...(lines(exceptions).length > 0 && { exceptions: lines(exceptions) }) },
          }),
        };
      case 'length': {
        const per = Object.fromEntries(
          lines(perNetwork)
            .map((l) => l.split(/[=:]/).map((x) => x.trim()))
            .filter((x) => x.length === 2 && x[0])
            .map(([n, v]) => [n.toLowerCase(), Number(v)]),
        );
        return { ...(num(max) !== undefined && { max: num(max) }), ...(Object.keys(per).length > 0 && { perNetwork: per }) };
      }
      case 'allowed_links':
        return { domains: lines(domains) };
      case 'language_match':
      case 'crisis_freeze':
        return {};
    }
  };

  const input = (): RuleInput => ({
    kind,
    severity,
    enabled,
    params: params(),
    scope: {
      ...(entityIds.length > 0 && { entityIds }),
      ...(departmentIds.length > 0 && { departmentIds }),
      ...(channelIds.length > 0 && { channelIds }),
      ...(contentTypes.length > 0 && { contentTypes }),
    },
    explanation: { fr: explFr.trim(), en: explEn.trim() },
  });

  const shown = Object.keys(fe).filter((k) => k.startsWith('params') || k.startsWith('explanation') || k.startsWith('scope') || k === 'kind' || k === 'severity');
  return (
    <form className="form guideline-form" noValidate onSubmit={(e) => run(e, () => onSubmit(input()))}>
      <div className="form-grid">
        <SelectField label={t('rule.kind')} value={kind} onChange={(e) => setKind(e.target.value as RuleKind)} error={err('kind')} autoFocus>
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ruleKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('rule.severity')} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)} error={err('severity')}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </SelectField>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {t('rule.enabled')}
          </label>
        </div>
      </div>
      <p className="hint">{t(`ruleKind.${kind}.hint`)}</p>

      {(kind === 'forbidden_terms' || kind === 'legal_review') && (
        <div className="form-grid">
          <TextAreaField label={t('rule.param.terms')} hint={t('rule.form.terms.hint')} rows={4} value={terms} onChange={(e) => setTerms(e.target.value)} error={err('params.terms')} />
          <TextAreaField label={t('rule.param.exceptions')} hint={t('rule.form.exceptions.hint')} rows={4} value={exceptions} onChange={(e) => setExceptions(e.target.value)} error={err('params.exceptions')} />
        </div>
      )}
      {kind === 'personal_data' && (
        <div className="form-grid">
          <CheckGroup legend={t('rule.param.detect')} options={PERSONAL_DATA_TYPES.map((d) => [d, t(`personalData.${d}`)])} values={detect} onChange={setDetect} error={err('params.detect')} />
          <TextField label={t('rule.param.country')} hint={t('rule.form.country.hint')} maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} error={err('params.defaultCountry')} />
        </div>
      )}
      {kind === 'disclosure' && <TextAreaField label={t('rule.param.tags')} hint={t('rule.form.lines')} rows={3} value={tags} onChange={(e) => setTags(e.target.value)} error={err('params.tags')} />}
      {kind === 'tone' && (
        <>
          <div className="form-grid">
            <TextField label={t('rule.form.upper')} hint={t('rule.form.upper.hint')} type="number" min={1} max={100} value={upper} onChange={(e) => setUpper(e.target.value)} error={err('params.uppercase')} />
            <TextField label={t('rule.form.minLetters')} type="number" min={0} value={minLetters} onChange={(e) => setMinLetters(e.target.value)} />
            <TextField label={t('rule.form.maxRun')} hint={t('rule.form.maxRun.hint')} type="number" min={1} value={maxRun} onChange={(e) => setMaxRun(e.target.value)} error={err('params.repeatedPunctuation')} />
            <div className="field checkbox">
              <label>
                <input type="checkbox" checked={profanity} onChange={(e) => setProfanity(e.target.checked)} />
                {t('rule.param.profanity')}
              </label>
            </div>
          </div>
          {profanity && (
            <div className="form-grid">
              <TextAreaField label={t('rule.param.extraTerms')} hint={t('rule.form.lines')} rows={3} value={extraTerms} onChange={(e) => setExtraTerms(e.target.value)} error={err('params.profanity.extraTerms')} />
              <TextAreaField label={t('rule.param.exceptions')} hint={t('rule.form.lines')} rows={3} value={exceptions} onChange={(e) => setExceptions(e.target.value)} error={err('params.profanity.exceptions')} />
            </div>
          )}
        </>
      )}
      {kind === 'length' && (
        <div className="form-grid">
          <TextField label={t('rule.param.max')} hint={t('rule.form.max.hint')} type="number" min={1} value={max} onChange={(e) => setMax(e.target.value)} error={err('params.max')} />
          <TextAreaField label={t('rule.param.perNetwork')} hint={t('rule.form.perNetwork.hint')} rows={3} value={perNetwork} onChange={(e) => setPerNetwork(e.target.value)} error={err('params.perNetwork')} />
        </div>
      )}
      {fe.params && <p className="field-error">{fe.params}</p>}
      {kind === 'allowed_links' && <TextAreaField label={t('rule.param.domains')} hint={t('rule.form.domains.hint')} rows={3} value={domains} onChange={(e) => setDomains(e.target.value)} error={err('params.domains')} />}

      <h3>{t('rule.scope')}</h3>
      <p className="hint">{t('rule.form.scope.hint')}</p>
      <div className="form-grid">
        <CheckGroup legend={t('contentType')} options={CONTENT_TYPES.map((c) => [c, t(`contentType.${c}`)])} values={contentTypes} onChange={setContentTypes} error={err('scope.contentTypes')} />
        <CheckGroup legend={t('rule.form.entities')} options={org.entities.map((e) => [e.id, e.name])} values={entityIds} onChange={setEntityIds} error={err('scope.entityIds')} />
        <CheckGroup
          legend={t('rule.form.departments')}
          options={byEntity(org, org.departments).flatMap((g) => g.departments.map((d) => [d.id, `${d.names[lang]} — ${g.entity}`] as [string, string]))}
          values={departmentIds}
          onChange={setDepartmentIds}
          error={err('scope.departmentIds')}
        />
        <CheckGroup legend={t('rule.form.channels')} options={org.channels.map((c) => [c.id, c.name])} values={channelIds} onChange={setChannelIds} error={err('scope.channelIds')} />
      </div>

      <h3>{t('rule.explanation')}</h3>
      <div className="form-grid">
        <TextAreaField label={t('rule.explanation.fr')} rows={2} lang="fr" value={explFr} onChange={(e) => setExplFr(e.target.value)} error={err('explanation.fr') ?? err('explanation')} />
        <TextAreaField label={t('rule.explanation.en')} rows={2} lang="en" value={explEn} onChange={(e) => setExplEn(e.target.value)} error={err('explanation.en')} />
      </div>
      <FormError error={error} shown={shown} />
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
