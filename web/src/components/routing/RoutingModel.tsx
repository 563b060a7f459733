// The learned routing model on the routing page: which model is active and whether it routes on
// its own or only suggests, its held-out accuracy training after training (the coordinator sees
// whether the history it learns from makes it better), and training on demand.
import { useState } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { useLoad } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { routingModelApi, type ModelFigures } from '../../routingModel.ts';
import { useSession } from '../../session.tsx';
import { FormError } from '../Field.tsx';
import { ErrorBox, Loading } from '../Status.tsx';

export function RoutingModel() {
  const { t, lang } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const overview = useLoad(() => routingModelApi.overview(), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const share = (v: number | null) => (v === null ? '—' : pct.format(v));

  const train = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const m = await routingModelApi.train();
      announce(t('model.trained', { id: m.id, examples: m.examples }));
      overview.reload();
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const o = overview.data;
  return (
    <section className="block" aria-labelledby="routing-model-title">
      <div className="page-head">
        <h2 id="routing-model-title">{t('model.title')}</h2>
        {session.can('routing.model') && (
          <button type="button" className="button" onClick={train} disabled={busy || o?.training.running}>
            {busy || o?.training.running ? t('model.training') : t('model.train')}
          </button>
        )}
      </div>
      <p className="muted">{t('model.intro')}</p>
      <FormError error={error} />
      {overview.error && <ErrorBox error={overview.error} retry={overview.reload} />}
      {!o && !overview.error && <Loading />}
      {o && (
        <>
          {o.active ? (
            <p>
              {t('model.active', { id: o.active.id, at: date.format(new Date(o.active.trainedAt)) })}{' '}
              {o.active.routesAtIngest ? t('model.routes') : t('model.suggests', { gate: pct.format(o.gate.coveredAccuracy) })}
            </p>
          ) : (
            <p className="empty">{t('model.none')}</p>
          )}
          <p className="muted small">{t('model.newExamples', { n: o.newExamples, min: o.minimum.examples })}</p>
          {o.history.length > 0 && (
            <>
              <h3>{t('model.history')}</h3>
              <AccuracyChart runs={o.history} label={t('model.chart')} />
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('model.col.at')}</th>
                    <th scope="col" className="num">{t('model.col.examples')}</th>
                    <th scope="col" className="num">{t('model.col.heldout')}</th>
                    <th scope="col" className="num">{t('model.col.accuracy')}</th>
                    <th scope="col" className="num">{t('model.col.macroF1')}</th>
                    <th scope="col" className="num">{t('model.col.coverage')}</th>
                    <th scope="col">{t('model.col.routes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.history.map((m) => (
                    <tr key={m.id} aria-current={m.active ? 'true' : undefined}>
                      <td>
                        {date.format(new Date(m.trainedAt))} {m.active && <strong>★</strong>}
                      </td>
                      <td className="num">{m.examples}</td>
                      <td className="num">{m.heldout}</td>
                      <td className="num">{share(m.accuracy)}</td>
                      <td className="num">{share(m.macroF1)}</td>
                      <td className="num">{share(m.coverage)}</td>
                      <td>{m.routesAtIngest ? t('common.yes') : t('common.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}

const W = 320;
const H = 80;

/** A line of held-out accuracy, oldest left; the table beside it carries the same figures for screen readers. */
function AccuracyChart({ runs, label }: { runs: ModelFigures[]; label: string }) {
  const points = [...runs].reverse().filter((m) => m.accuracy !== null);
  if (points.length < 2) return null;
  const x = (i: number) => 4 + (i * (W - 8)) / (points.length - 1);
  const y = (v: number) => H - 4 - v * (H - 8);
  const line = points.map((m, i) => `${x(i).toFixed(1)},${y(m.accuracy!).toFixed(1)}`).join(' ');
  return (
    <svg className="model-chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <polyline points={line} fill="none" stroke="currentColor" strokeWidth={2} />
      {points.map((m, i) => (
        <circle key={m.id} cx={x(i)} cy={y(m.accuracy!)} r={3} fill="currentColor">
          <title>{`${new Date(m.trainedAt).toLocaleDateString()} — ${(m.accuracy! * 100).toFixed(1)} %`}</title>
        </circle>
      ))}
    </svg>
  );
}
