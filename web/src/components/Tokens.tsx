// API tokens of the signed-in person. A new token is shown once, with a copy button: the
// server keeps only its hash, so it cannot be shown again.
import { useRef, useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { api, type ApiToken, type NewApiToken } from '../api.ts';
import { useLoad, useSubmit } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import { FormError, TextField, useFieldErrors } from './Field.tsx';
import { ErrorBox, Loading } from './Status.tsx';

export function Tokens() {
  const { t, date } = useLocale();
  const announce = useAnnounce();
  const tokens = useLoad(() => api.tokens(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  const revoke = async (tok: ApiToken) => {
    if (!window.confirm(t('account.confirmRevoke', { name: tok.name }))) return;
    setRevokeError(null);
    try {
      await api.revokeToken(tok.id);
      announce(t('account.tokenRevoked', { name: tok.name }));
      if (created?.id === tok.id) setCreated(null);
      tokens.reload();
    } catch (err) {
      setRevokeError(err);
    }
  };

  return (
    <section className="block" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('account.tokens')}</h2>
      <p className="muted">{t('account.tokens.intro')}</p>
      <form
        className="form inline-form"
        noValidate
        onSubmit={(e) =>
          run(e, async () => {
            const tok = await api.createToken(name.trim());
            setCreated(tok);
            setName('');
            tokens.reload();
          })
        }
      >
        <TextField label={t('account.tokenName')} value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} error={fe.name} />
        <button type="submit" className="button primary" disabled={busy}>
          {t('account.createToken')}
        </button>
      </form>
      <FormError error={error} shown={['name']} />
      {created && <NewToken token={created} />}

      {tokens.error && <ErrorBox error={tokens.error} retry={tokens.reload} />}
      {!tokens.data && !tokens.error && <Loading />}
      {tokens.data && tokens.data.length === 0 && <p className="empty">{t('account.noTokens')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('account.prefix')}</th>
              <th scope="col">{t('account.created')}</th>
              <th scope="col">{t('account.lastUsed')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((tok) => (
              <tr key={tok.id} className={tok.revokedAt ? 'inactive' : undefined}>
                <td>{tok.name}</td>
                <td>
                  <code>{tok.prefix}…</code>
                </td>
                <td>{date(tok.createdAt)}</td>
                <td>{tok.lastUsedAt ? date(tok.lastUsedAt) : t('account.never')}</td>
                <td>
                  {tok.revokedAt ? (
                    t('account.revoked', { date: date(tok.revokedAt) })
                  ) : (
                    <button type="button" className="button small danger" onClick={() => revoke(tok)}>
                      {t('account.revoke')}
                      <span className="visually-hidden"> {tok.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={revokeError} />
    </section>
  );
}

function NewToken({ token }: { token: NewApiToken }) {
  const { t } = useLocale();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      announce(t('account.copied'));
    } catch {
      // No clipboard access (plain http, or refused): leave the token selected for Ctrl+C.
      input.current?.select();
      announce(t('account.copyFailed'));
    }
  };

  return (
    <div className="new-token" role="status">
      <p>{t('account.tokenCreated', { name: token.name })}</p>
      <div className="inline-form">
        <TextField label={t('account.tokenValue')} value={token.token} readOnly className="grow mono" onFocus={(e) => e.target.select()} ref={input} />
        <button type="button" className="button" onClick={copy}>
          {t('account.copy')}
        </button>
      </div>
    </div>
  );
}
