// Hand-offs counted per pair of departments. Many hand-offs from one department to another say
// that a routing rule sends the wrong conversations there, or that the rule is missing: the
// coordinator reads this next to the rules it may lead to changing.
import { api } from '../../api.ts';
import { useLoad } from '../../hooks.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { ErrorBox, Loading } from '../Status.tsx';

export function HandoffStats({ org }: { org: InboxOrg }) {
  const { t, lang, plural } = useLocale();
  const stats = useLoad(() => api.handoffStats(), []);
  const total = (stats.data ?? []).reduce((n, s) => n + s.count, 0);

  return (
    <section className="block" aria-labelledby="handoff-stats-title">
      <h2 id="handoff-stats-title">{t('handoffStats.title')}</h2>
      <p className="muted">{t('handoffStats.intro')}</p>
      {stats.error && <ErrorBox error={stats.error} retry={stats.reload} />}
      {!stats.data && !stats.error && <Loading />}
      {stats.data && stats.data.length === 0 && <p className="empty">{t('handoffStats.empty')}</p>}
      {stats.data && stats.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{plural('handoffStats.total', total)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('handoffStats.from')}</th>
              <th scope="col">{t('handoffStats.to')}</th>
              <th scope="col" className="num">
                {t('handoffStats.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.data.map((s) => (
              <tr key={`${s.from}>${s.to}`}>
                <td>{s.from ? departmentName(org, lang, s.from) : t('inbox.triage')}</td>
                <td>{departmentName(org, lang, s.to)}</td>
                <td className="num">{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
