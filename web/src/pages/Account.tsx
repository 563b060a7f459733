// The signed-in person's own settings: interface language, password, and API tokens for
// tools that call Relais on their behalf. Every role has them, the auditor included: they are
// the person's account, not the organisation's data.
import { useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { api } from '../api.ts';
import { FormError, TextField, useFieldErrors } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { Tokens } from '../components/Tokens.tsx';
import { useLoad, useSubmit } from '../hooks.ts';
import { LANGS, translate, type Lang } from '../i18n/index.ts';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import { scopeLookup, scopeName } from '../orgTree.ts';
import { useSession } from '../session.tsx';

export default function Account() {
  const { t, label, lang } = useLocale();
  const session = useSession();
  useTitle(t('account.title'));
  const me = session.me;
  // Department names in the reader's language; until they arrive, the API's own names do.
  const org = useLoad(() => Promise.all([api.departments(), api.entities()]).then(([d, e]) => scopeLookup(d, e)), []);

  return (
    <div className="page narrow">
      <div className="page-head">
        <div>
          <h1>{t('account.title')}</h1>
          <p className="muted">
            <Link to={`/people/${me.id}`}>{me.name}</Link> · {me.email}
          </p>
        </div>
      </div>

      <LanguageSection />

      <section className="block" aria-labelledby="my-roles">
        <h2 id="my-roles">{t('account.roles')}</h2>
        {me.roles.length === 0 ? (
          <p className="empty">{t('person.noRoles')}</p>
        ) : (
          <ul className="plain-list">
            {me.roles.map((g) => (
              <li key={g.id}>
                <strong>{label('role', g.role)}</strong> — {scopeName(org.data, lang, g.scopeType, g.scopeId, g.scopeName) ?? t('scope.group')}
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* Mirrors the server's `self.manage`, which every role holds. */}
      {session.canSomewhere('self.manage') && (
        <>
          <PasswordSection />
          <Tokens />
        </>
      )}
    </div>
  );
}

function LanguageSection() {
  const { t, lang, setLang } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(null);

  const choose = async (next: Lang) => {
    setLang(next);
    setError(null);
    if (!session.canSomewhere('self.manage')) return;
    try {
      // The profile keeps it too, for what Relais sends when no browser is involved.
      await api.updatePerson(session.me.id, { locale: next });
      // Announced in the language just chosen, which the page now speaks.
      announce(translate(next, 'account.languageSaved'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="block" aria-labelledby="lang-title">
      <h2 id="lang-title">{t('account.language')}</h2>
      <fieldset className="radio-row">
        <legend className="visually-hidden">{t('account.language')}</legend>
        {LANGS.map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => choose(l)} />
            {t(`lang.${l}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(session.canSomewhere('self.manage') ? 'account.language.hint' : 'account.language.hintLocal')}</p>
      <FormError error={error} />
    </section>
  );
}

function PasswordSection() {
  const { t } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  return (
    <section className="block" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMismatch(password !== confirm);
          if (password !== confirm) return;
          void run(null, async () => {
            await api.updatePerson(session.me.id, { password, currentPassword: current });
            // The server keeps this session and ends the others: the person stays here.
            setCurrent('');
            setPassword('');
            setConfirm('');
            announce(t('account.passwordChanged'));
          });
        }}
      >
        <div className="form-grid">
          <TextField
            label={t('account.currentPassword')}
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={fe.currentPassword}
          />
          <TextField
            label={t('account.newPassword')}
            hint={t('account.password.hint')}
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fe.password}
          />
          <TextField
            label={t('account.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={mismatch ? t('account.password.mismatch') : undefined}
          />
        </div>
        <FormError error={error} shown={['password', 'currentPassword']} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('account.password')}
          </button>
        </div>
      </form>
    </section>
  );
}
