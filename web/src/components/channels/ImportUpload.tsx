// The file import of a channel, as `relais import` does it on the command line: the file goes up
// with a progress bar, and the answer counts what was accepted, what was already there and what
// was refused, each refused line with its number and reason. Stopping keeps what was received.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { ApiError, uploadImport, type ImportFormat, type ImportReport } from '../../api.ts';
import type { Channel } from '../../conversations.ts';
import { useLocale } from '../../locale.tsx';
import { FormError, SelectField } from '../Field.tsx';

type State =
  | { step: 'idle' }
  | { step: 'sending'; file: string; sent: number; total: number }
  | { step: 'done'; file: string; report: ImportReport }
  | { step: 'stopped' }
  | { step: 'failed'; error: unknown };

/** The format a file's name says, if it says one. */
export function formatOf(name: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return null;
}

export function ImportUpload({ channel }: { channel: Pick<Channel, 'id' | 'name'> }) {
  const { t, plural, lang } = useLocale();
  const announce = useAnnounce();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'auto' | ImportFormat>('auto');
  const [missing, setMissing] = useState<'file' | 'format' | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const stop = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLElement>(null);
  // Leaving the page stops an upload still going, like closing the tab would.
  useEffect(() => () => stop.current?.abort(), []);

  const size = (bytes: number) => {
    const [n, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [bytes / 1024, 'kilobyte'];
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n);
  };
  const counts = (r: ImportReport) => ({
    accepted: plural('import.accepted', r.inserted),
    duplicates: plural('import.duplicates', r.duplicates),
    rejected: plural('import.rejected', r.rejected),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setMissing('file');
      return fileInput.current?.focus();
    }
    const chosen = format === 'auto' ? formatOf(file.name) : format;
    if (!chosen) return setMissing('format');
    setMissing(null);
    const controller = new AbortController();
    stop.current = controller;
    setState({ step: 'sending', file: file.name, sent: 0, total: file.size });
    announce(t('import.started', { file: file.name }));
    try {
      const report = await uploadImport(channel.id, file, chosen, (sent, total) => setState({ step: 'sending', file: file.name, sent, total }), controller.signal);
      setState({ step: 'done', file: file.name, report });
      announce(t('import.done', { file: file.name, ...counts(report) }));
      requestAnimationFrame(() => result.current?.focus());
    } catch (error) {
      setState(error instanceof ApiError && error.code === 'aborted' ? { step: 'stopped' } : { step: 'failed', error });
    } finally {
      stop.current = null;
    }
  };

  const sending = state.step === 'sending';
  return (
    <section className="block" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <p className="hint">{t('import.columns')}</p>
      <form className="form import-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
            disabled={sending}
            aria-invalid={missing === 'file' || undefined}
            aria-describedby={missing === 'file' ? 'import-file-error' : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(null);
            }}
          />
          {missing === 'file' && (
            <span className="field-error" id="import-file-error">
              {t('import.pickFile')}
            </span>
          )}
        </div>
        <SelectField
          label={t('import.format')}
          value={format}
          disabled={sending}
          onChange={(e) => {
            setFormat(e.target.value as typeof format);
            setMissing(null);
          }}
          error={missing === 'format' ? t('import.format.unknown') : undefined}
        >
          <option value="auto">{t('import.format.auto')}</option>
          <option value="csv">{t('import.format.csv')}</option>
          <option value="jsonl">{t('import.format.jsonl')}</option>
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={sending}>
            {t('import.submit')}
          </button>
          {sending && (
            <button type="button" className="button" onClick={() => stop.current?.abort()}>
              {t('import.stop')}
            </button>
          )}
        </div>
      </form>

      {state.step === 'sending' && (
        <div className="import-progress">
          <label htmlFor="import-progress">{t('import.progress')}</label>
          {/* The last bytes sent, the server still stores the last batch: the bar waits, full. */}
          <progress id="import-progress" max={Math.max(state.total, 1)} value={state.sent} />
          <p className="muted small">
            {state.sent >= state.total
              ? t('import.finishing')
              : t('import.sending', { percent: Math.floor((100 * state.sent) / Math.max(state.total, 1)), sent: size(state.sent), total: size(state.total) })}
          </p>
        </div>
      )}
      {state.step === 'stopped' && <p className="notice">{t('import.stopped')}</p>}
      {state.step === 'failed' && <FormError error={state.error} />}
      {state.step === 'done' && <ImportResult file={state.file} report={state.report} headingRef={result} />}
    </section>
  );
}

function ImportResult({ file, report, headingRef }: { file: string; report: ImportReport; headingRef: RefObject<HTMLElement | null> }) {
  const { t, plural } = useLocale();
  return (
    <section className="import-result" aria-labelledby="import-result-title" tabIndex={-1} ref={headingRef}>
      <h3 id="import-result-title">{t('import.result', { file })}</h3>
      <ul className="import-counts">
        <li className="count-accepted">{plural('import.accepted', report.inserted)}</li>
        <li className="count-duplicates">{plural('import.duplicates', report.duplicates)}</li>
        <li className={report.rejected ? 'count-rejected' : undefined}>{plural('import.rejected', report.rejected)}</li>
      </ul>
      {report.errors.length > 0 && (
        <>
          <h4>{t('import.errors')}</h4>
          {report.errors.length < report.rejected && <p className="muted small">{t('import.errors.first', { shown: report.errors.length, total: report.rejected })}</p>}
          <div className="import-errors">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" className="line-number">
                    {t('import.errors.line')}
                  </th>
                  <th scope="col">{t('import.errors.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e) => (
                  <tr key={e.line}>
                    <td>{e.line}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
