// What the charter found in a text: the verdict in words, the text itself with each finding's
// span marked in its severity's colour, and the list of findings with the excerpt, the message
// and the rule's explanation. Everything from the server or the writer is rendered as text.
import type { ReactNode } from 'react';
import { segments, type Finding, type Severity, type Verdict } from '../../governance.ts';
import { useLocale } from '../../locale.tsx';
import { CheckIcon, WarningIcon } from '../Icons.tsx';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useLocale();
  return <span className={`badge sev sev-${severity}`}>{t(`severity.${severity}`)}</span>;
}

/** The verdict as one sentence; `done` words it for a message already sent. */
export function VerdictLine({ verdict, count, pending = false }: { verdict: Verdict; count: number; pending?: boolean }) {
  const { t, plural } = useLocale();
  return (
    <p className={`verdict verdict-${verdict}`}>
      {verdict === 'ok' ? <CheckIcon aria-hidden="true" /> : <WarningIcon aria-hidden="true" />}
      <strong>{t(`verdict.${verdict}`)}</strong>
      {count > 0 && <span className="muted"> · {plural('gov.findings', count)}</span>}
      {pending && <span className="muted"> · {t('gov.checking')}</span>}
    </p>
  );
}

/** The text as written, with the spans of the findings marked. */
export function HighlightedText({ text, findings, label }: { text: string; findings: Pick<Finding, 'span' | 'severity'>[]; label: string }) {
  const { t } = useLocale();
  const parts = segments(text, findings);
  return (
    <div className="draft-mirror" role="group" aria-label={label}>
      {parts.map((s) =>
        s.severity ? (
          <mark key={s.start} className={`sev-${s.severity}`} title={t(`severity.${s.severity}`)}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
}

export function FindingList({ text, findings }: { text: string | null; findings: Finding[] }) {
  const { t } = useLocale();
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding sev-${f.severity}`}>
          <p>
            <SeverityBadge severity={f.severity} /> <span className="finding-message">{f.message}</span>
            {text !== null && f.span && f.span[1] > f.span[0] && (
              <>
                {' '}
                <span className="muted">{t('gov.finding.at')}</span> <mark className={`sev-${f.severity}`}>{text.slice(f.span[0], f.span[1])}</mark>
              </>
            )}
          </p>
          {f.explanation && <p className="finding-why">{f.explanation}</p>}
        </li>
      ))}
    </ul>
  );
}

/**
 * The whole report: verdict, the marked text (when a finding points into it) and the list.
 * `role` is 'alert' for a message the server refused, 'status' while it is checked as typed.
 */
export function CheckReport({
  text,
  verdict,
  findings,
  heading,
  pending = false,
  mirrorLabel,
  children,
}: {
  text: string | null;
  verdict: Verdict;
  findings: Finding[];
  heading?: ReactNode;
  pending?: boolean;
  mirrorLabel?: string;
  children?: ReactNode;
}) {
  const { t } = useLocale();
  const spanned = text !== null && findings.some((f) => f.span && f.span[1] > f.span[0]);
  return (
    <div className={`check-report verdict-box-${verdict}`}>
      {heading}
      <VerdictLine verdict={verdict} count={findings.length} pending={pending} />
      {spanned && <HighlightedText text={text!} findings={findings} label={mirrorLabel ?? t('gov.mirror')} />}
      {findings.length > 0 && <FindingList text={text} findings={findings} />}
      {children}
    </div>
  );
}
