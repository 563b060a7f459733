// Routing: the ordered rules that send each conversation to the department that owns it, the
// listening queries that tag topics, and how often conversations are handed off between
// departments. Everyone reads them; the coordinator edits the rules. Every edit makes a new
// version of the rule, which the next conversation follows.
import { useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { api } from '../api.ts';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { FormError } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { HandoffStats } from '../components/routing/HandoffStats.tsx';
import { ListeningQueries } from '../components/routing/ListeningQueries.tsx';
import { RuleForm } from '../components/routing/RuleForm.tsx';
import { RuleSentence } from '../components/routing/RuleText.tsx';
import { RoutingModel } from '../components/routing/RoutingModel.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import type { RoutingRule } from '../conversations.ts';
import { useLoad } from '../hooks.ts';
import { loadInboxOrg, type InboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import { useSession } from '../session.tsx';

export default function Routing() {
  const { t } = useLocale();
  const session = useSession();
  useTitle(t('routing.title'));
  const loaded = useLoad(() => Promise.all([loadInboxOrg(session.me.id), api.routingRules(), api.listeningQueries()]), [session.me.id]);
  if (!loaded.data) return <div className="page">{loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />}</div>;
  const [org, rules, queries] = loaded.data;
  return <RoutingView org={{ ...org, queries }} rules={rules} reload={loaded.reload} />;
}

function RoutingView({ org, rules, reload }: { org: InboxOrg; rules: RoutingRule[]; reload(): void }) {
  const { t } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const add = useDisclosure();
  const canEdit = session.can('routing.manage');
  const last = rules.reduce((max, r) => Math.max(max, r.position), 0);

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('routing.title')}</h1>
        {canEdit && (
          <DisclosureButton d={add} className="button primary">
            {t('routing.add')}
          </DisclosureButton>
        )}
      </div>
      <p className="muted">{t('routing.intro')}</p>
      <DisclosurePanel d={add} title={t('routing.add')}>
        <h2>{t('routing.add')}</h2>
        <RuleForm
          org={org}
          initial={null}
          nextPosition={last + 10}
          submitLabel={t('routing.add')}
          onCancel={add.close}
          onSubmit={async (input) => {
            const rule = await api.createRule(input);
            announce(t('routing.created', { name: rule.name }));
            add.close();
            reload();
          }}
        />
      </DisclosurePanel>

      <section className="block" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('routing.rules')}</h2>
        {rules.length === 0 ? (
          <p className="empty">{t('routing.empty')}</p>
        ) : (
          <ol className="rule-list">
            {rules.map((r) => (
              <RuleItem key={`${r.id}-${r.version}`} rule={r} org={org} canEdit={canEdit} last={last} reload={reload} />
            ))}
          </ol>
        )}
        <p className="muted small">{t('routing.fallback')}</p>
      </section>

      <ListeningQueries org={org} queries={org.queries} reload={reload} />
      {session.canSomewhere('conversations.read') && <HandoffStats org={org} />}
      <RoutingModel />
    </div>
  );
}

function RuleItem({ rule, org, canEdit, last, reload }: { rule: RoutingRule; org: InboxOrg; canEdit: boolean; last: number; reload(): void }) {
  const { t } = useLocale();
  const announce = useAnnounce();
  const edit = useDisclosure();
  const [error, setError] = useState<unknown>(null);

  const toggle = async () => {
    setError(null);
    try {
      await api.updateRule(rule.id, { enabled: !rule.enabled });
      announce(t(rule.enabled ? 'routing.disabledNow' : 'routing.enabledNow', { name: rule.name }));
      reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <li className={rule.enabled ? 'rule' : 'rule disabled'}>
      <div className="rule-head">
        <span className="rule-pos" title={t('routing.form.position')}>
          {rule.position}
        </span>
        <h3>{rule.name}</h3>
        {!rule.enabled && <span className="badge">{t('routing.disabled')}</span>}
        {rule.isDefault && <span className="tag">{t('routing.default')}</span>}
        <span className="muted small">{t('routing.version', { n: rule.version })}</span>
        {canEdit && (
          <span className="inline-buttons rule-buttons">
            <DisclosureButton d={edit} className="button small" label={t('routing.editNamed', { name: rule.name })}>
              {t('routing.edit')}
            </DisclosureButton>
            <button type="button" className="button small" onClick={toggle}>
              {t(rule.enabled ? 'routing.disable' : 'routing.enable')}
              <span className="visually-hidden"> {rule.name}</span>
            </button>
          </span>
        )}
      </div>
      <p className="rule-text">
        <RuleSentence rule={rule} org={org} />
      </p>
      <FormError error={error} />
      <DisclosurePanel d={edit} title={t('routing.editNamed', { name: rule.name })}>
        <RuleForm
          org={org}
          initial={rule}
          nextPosition={last + 10}
          submitLabel={t('common.save')}
          onCancel={edit.close}
          onSubmit={async (input) => {
            await api.updateRule(rule.id, input);
            announce(t('routing.saved', { name: input.name }));
            edit.close();
            reload();
          }}
        />
      </DisclosurePanel>
    </li>
  );
}
