// Sign in with e-mail and password. Shown at whatever address was asked for, so after signing
// in the person lands where they meant to go.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { LogoMark } from '../components/Icons.tsx';
import { LanguageSelect, useTitle } from '../components/Layout.tsx';
import { useLocale } from '../locale.tsx';
import { useSessionState, type SignedOutReason } from '../session.tsx';

export default function SignIn({ reason }: { reason?: SignedOutReason }) {
  const { t } = useLocale();
  const { signIn } = useSessionState();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useTitle(t('signIn.title'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn({ email: email.trim(), password });
    } catch (err) {
      const code = err instanceof ApiError ? err.code : '';
      setError(
        code === 'invalid_credentials' || code === 'invalid_request'
          ? t('signIn.wrong')
          : code === 'rate_limited'
            ? t('signIn.tooMany')
            : t('app.error', { message: (err as Error).message }),
      );
      setBusy(false);
    }
  };

  return (
    <main id="main" className="signin">
      <div className="signin-card">
        <div className="signin-top">
          <p className="brand-static">
            <LogoMark />
            <span>{t('app.name')}</span>
          </p>
          <LanguageSelect />
        </div>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {reason && (
          <p className="notice" role="status">
            {t('app.sessionEnded')}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <TextField label={t('signIn.email')} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <TextField
            label={t('signIn.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className="form-error-slot" aria-live="assertive">
            {error && <p className="form-error">{error}</p>}
          </div>
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
