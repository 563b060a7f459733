// The charter: the rules every outgoing reply and post is checked against, each with its kind,
// severity, scope and the explanation writers read; the approval policies; and a box to try a
// text. Everyone reads them; the coordinator adds and edits rules (every edit a new version,
// the history readable) and disables them.
import { useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { FormError } from '../components/Field.tsx';
import { GuidelineForm } from '../components/governance/GuidelineForm.tsx';
import { PolicyForm } from '../components/governance/PolicyForm.tsx';
import { SeverityBadge } from '../components/governance/Findings.tsx';
import { RuleFacts } from '../components/governance/RuleFacts.tsx';
import { TryText } from '../components/governance/TryText.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { gov, type Policy, type Rule } from '../governance.ts';
import { useLoad } from '../hooks.ts';
import { departmentName, loadInboxOrg, type InboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

export default function Guidelines() {
  const { t } = useLocale();
  const session = useSession();
  useTitle(t('guidelines.title'));
  const loaded = useLoad(() => Promise.all([loadInboxOrg(session.me.id), gov.rules(), gov.policies()]), [session.me.id]);
  if (!loaded.data) return <div className="page">{loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />}</div>;
  const [org, rules, policies] = loaded.data;
  return <GuidelinesView org={org} rules={rules} policies={policies} reload={loaded.reload} />;
}

function GuidelinesView({ org, rules, policies, reload }: { org: InboxOrg; rules: Rule[]; policies: Policy[]; reload(): void }) {
  const { t, label } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const add = useDisclosure();
  const addPolicy = useDisclosure();
  const canEdit = session.can('guidelines.manage');
  const sorted = [...rules.filter((r) => r.enabled), ...rules.filter((r) => !r.enabled)];

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('guidelines.title')}</h1>
        <span className="inline-buttons">
          {session.canSomewhere('freeze.manage') && (
            <Link to="/freezes" className="button">
              {t('freeze.title')}
            </Link>
          )}
          {canEdit && (
            <DisclosureButton d={add} className="button primary">
              {t('guidelines.add')}
            </DisclosureButton>
          )}
        </span>
      </div>
      <p className="muted">{t('guidelines.intro')}</p>
      <DisclosurePanel d={add} title={t('guidelines.add')}>
        <h2>{t('guidelines.add')}</h2>
        <GuidelineForm
          org={org}
          initial={null}
          submitLabel={t('guidelines.add')}
          onCancel={add.close}
          onSubmit={async (input) => {
            await gov.createRule(input);
            announce(t('guidelines.created', { kind: t(`ruleKind.${input.kind}`) }));
            add.close();
            reload();
          }}
        />
      </DisclosurePanel>

      <section className="block" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('guidelines.rules')}</h2>
        {sorted.length === 0 ? (
          <p className="empty">{t('guidelines.empty')}</p>
        ) : (
          <ul className="rule-cards">
            {sorted.map((r) => (
              <RuleCard key={`${r.id}-${r.version}`} rule={r} org={org} canEdit={canEdit} reload={reload} />
            ))}
          </ul>
        )}
        <p className="muted small">{t('guidelines.severities')}</p>
      </section>

      <section className="block" aria-labelledby="policies-title">
        <div className="page-head">
          <h2 id="policies-title">{t('policies.title')}</h2>
          {canEdit && (
            <DisclosureButton d={addPolicy} className="button">
              {t('policies.add')}
            </DisclosureButton>
          )}
        </div>
        <p className="muted">{t('policies.intro')}</p>
        <DisclosurePanel d={addPolicy} title={t('policies.add')}>
          <PolicyForm
            org={org}
            initial={null}
            submitLabel={t('policies.add')}
            onCancel={addPolicy.close}
            onSubmit={async (input) => {
              const created = await gov.createPolicy(input);
              announce(t('policies.created', { name: created.name }));
              addPolicy.close();
              reload();
            }}
          />
        </DisclosurePanel>
        {policies.length === 0 ? (
          <p className="empty">{t('policies.empty')}</p>
        ) : (
          <ul className="rule-cards">
            {policies.map((p) => (
              <PolicyCard key={`${p.id}-${p.version}`} policy={p} org={org} canEdit={canEdit} reload={reload} />
            ))}
          </ul>
        )}
      </section>

      {session.canSomewhere('guidelines.check') && <TryText org={org} />}
      <p className="muted small">{t('guidelines.roles', { role: label('role', 'coordinator') })}</p>
    </div>
  );
}

function RuleCard({ rule, org, canEdit, reload }: { rule: Rule; org: InboxOrg; canEdit: boolean; reload(): void }) {
  const { t, lang, dateTime } = useLocale();
  const announce = useAnnounce();
  const edit = useDisclosure();
  const history = useDisclosure();
  const [error, setError] = useState<unknown>(null);
  const kindName = t(`ruleKind.${rule.kind}`);

  const toggle = async () => {
    setError(null);
    try {
      if (rule.enabled) await gov.disableRule(rule.id);
      else await gov.updateRule(rule.id, { enabled: true });
      announce(t(rule.enabled ? 'guidelines.disabledNow' : 'guidelines.enabledNow', { kind: kindName }));
      reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <li className={`rule-card sev-${rule.severity}${rule.enabled ? '' : ' disabled'}`}>
      <div className="rule-head">
        <h3>{kindName}</h3>
        <SeverityBadge severity={rule.severity} />
        {!rule.enabled && <span className="badge">{t('guidelines.disabled')}</span>}
        <span className="muted small">
          {t('guidelines.version', { n: rule.version })} · {dateTime(rule.updatedAt)}
        </span>
        <span className="inline-buttons rule-buttons">
          <DisclosureButton d={history} className="button small" label={t('guidelines.historyOf', { kind: kindName })}>
            {t('guidelines.history')}
          </DisclosureButton>
          {canEdit && (
            <>
              <DisclosureButton d={edit} className="button small" label={t('guidelines.editOf', { kind: kindName })}>
                {t('guidelines.edit')}
              </DisclosureButton>
              <button type="button" className="button small" onClick={toggle}>
                {t(rule.enabled ? 'guidelines.disable' : 'guidelines.enable')}
                <span className="visually-hidden"> {kindName}</span>
              </button>
            </>
          )}
        </span>
      </div>
      <p>{rule.explanation[lang]}</p>
      <RuleFacts kind={rule.kind} params={rule.params} scope={rule.scope} org={org} />
      <FormError error={error} />
      <DisclosurePanel d={edit} title={t('guidelines.editOf', { kind: kindName })}>
        <GuidelineForm
          org={org}
          initial={rule}
          submitLabel={t('common.save')}
          onCancel={edit.close}
          onSubmit={async (input) => {
            const saved = await gov.updateRule(rule.id, input);
            announce(saved.version === rule.version ? t('guidelines.unchanged') : t('guidelines.saved', { n: saved.version }));
            edit.close();
            reload();
          }}
        />
      </DisclosurePanel>
      <DisclosurePanel d={history} title={t('guidelines.historyOf', { kind: kindName })}>
        <Versions rule={rule} org={org} />
        <button type="button" className="button small" onClick={history.close}>
          {t('gov.close')}
        </button>
      </DisclosurePanel>
    </li>
  );
}

function Versions({ rule, org }: { rule: Rule; org: InboxOrg }) {
  const { t, lang, dateTime } = useLocale();
  const loaded = useLoad(() => gov.ruleVersions(rule.id), [rule.id, rule.version]);
  if (!loaded.data) return loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />;
  return (
    <ul className="plain-list versions">
      {loaded.data.map((v) => (
        <li key={v.version}>
          <p>
            <strong>{t('guidelines.version', { n: v.version })}</strong> · {dateTime(v.createdAt)} · {v.createdBy?.name ?? t('guidelines.system')} ·{' '}
            <SeverityBadge severity={v.severity} /> {!v.enabled && <span className="badge">{t('guidelines.disabled')}</span>}
          </p>
          <p className="muted">{v.explanation[lang]}</p>
          <RuleFacts kind={v.kind} params={v.params as Record<string, unknown>} scope={v.scope} org={org} />
        </li>
      ))}
    </ul>
  );
}

function PolicyCard({ policy, org, canEdit, reload }: { policy: Policy; org: InboxOrg; canEdit: boolean; reload(): void }) {
  const { t, lang, label } = useLocale();
  const announce = useAnnounce();
  const edit = useDisclosure();
  const [error, setError] = useState<unknown>(null);
  const trigger =
    policy.trigger === 'always' || policy.trigger === 'needs_approval'
      ? t(`policies.trigger.${policy.trigger}`)
      : t('policies.trigger.kind', { kind: t(`ruleKind.${policy.trigger.slice('rule_kind:'.length) as 'tone'}`) });
  const approver = (a: Policy['steps'][number]['approvers'][number]) => {
    if ('personId' in a) return t('policies.person');
    const where =
      a.scopeType === 'department'
        ? departmentName(org, lang, a.scopeId)
        : a.scopeType === 'entity'
          ? (org.entities.find((e) => e.id === a.scopeId)?.name ?? a.scopeId)
          : a.scopeType === 'group'
            ? t('scope.group')
            : t('policies.covering');
    return `${label('role', a.role)} (${where})`;
  };
  const toggle = async () => {
    setError(null);
    try {
      await gov.updatePolicy(policy.id, { enabled: !policy.enabled });
      announce(t(policy.enabled ? 'policies.disabledNow' : 'policies.enabledNow', { name: policy.name }));
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li className={`rule-card${policy.enabled ? '' : ' disabled'}`}>
      <div className="rule-head">
        <h3>{policy.name}</h3>
        {!policy.enabled && <span className="badge">{t('guidelines.disabled')}</span>}
        <span className="muted small">{t('guidelines.version', { n: policy.version })}</span>
        {canEdit && (
          <span className="inline-buttons rule-buttons">
            <DisclosureButton d={edit} className="button small" label={t('policies.editOf', { name: policy.name })}>
              {t('policies.edit')}
            </DisclosureButton>
            <button type="button" className="button small" onClick={toggle}>
              {t(policy.enabled ? 'guidelines.disable' : 'guidelines.enable')}
              <span className="visually-hidden"> {policy.name}</span>
            </button>
          </span>
        )}
      </div>
      <dl className="rule-facts">
        <dt>{t('policies.applies')}</dt>
        <dd>
          {t(`contentType.${policy.contentType}`)} · {policy.departmentId ? departmentName(org, lang, policy.departmentId) : t('policies.allDepartments')}
        </dd>
        <dt>{t('policies.when')}</dt>
        <dd>{trigger}</dd>
        {policy.steps.map((s, i) => (
          <div key={i} style={{ display: 'contents' }}>
            <dt>{t('approval.step', { n: i + 1 })}</dt>
            <dd>
              {t(s.mode === 'all' ? 'approval.mode.all' : 'approval.mode.any')} {s.approvers.map(approver).join(', ')}
            </dd>
          </div>
        ))}
      </dl>
      <FormError error={error} />
      <DisclosurePanel d={edit} title={t('policies.editOf', { name: policy.name })}>
        <PolicyForm
          org={org}
          initial={policy}
          submitLabel={t('common.save')}
          onCancel={edit.close}
          onSubmit={async (input) => {
            const saved = await gov.updatePolicy(policy.id, input);
            announce(t('policies.saved', { name: saved.name }));
            edit.close();
            reload();
          }}
        />
      </DisclosurePanel>
    </li>
  );
}
