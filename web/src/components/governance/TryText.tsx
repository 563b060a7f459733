// "Try a text": any text checked against the charter as it is typed, for a channel and a kind of
// message of one's choice, with the same answer a writer would get. Nothing is sent or stored.
import { useState } from 'react';
import { CONTENT_TYPES, type ContentType } from '../../governance.ts';
import type { InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { SelectField, TextAreaField } from '../Field.tsx';
import { LiveCheck, useDraftCheck } from './DraftCheck.tsx';

export function TryText({ org }: { org: InboxOrg }) {
  const { t } = useLocale();
  const [text, setText] = useState('');
  const [channel, setChannel] = useState(org.channels[0]?.id ?? '');
  const [contentType, setContentType] = useState<ContentType>('reply');
  const [promotional, setPromotional] = useState(false);
  const state = useDraftCheck(channel ? { text, channel, contentType, ...(contentType === 'post' && { promotional }) } : null);
  return (
    <section className="block" aria-labelledby="try-title">
      <h2 id="try-title">{t('guidelines.try')}</h2>
      <p className="muted">{t('guidelines.try.intro')}</p>
      <div className="form">
        <div className="form-grid">
          <SelectField label={t('guidelines.try.channel')} value={channel} onChange={(e) => setChannel(e.target.value)}>
            {org.channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('contentType')} value={contentType} onChange={(e) => setContentType(e.target.value as ContentType)}>
            {CONTENT_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`contentType.${c}`)}
              </option>
            ))}
          </SelectField>
          {contentType === 'post' && (
            <div className="field checkbox">
              <label>
                <input type="checkbox" checked={promotional} onChange={(e) => setPromotional(e.target.checked)} />
                {t('post.promotional')}
              </label>
            </div>
          )}
        </div>
        <TextAreaField label={t('guidelines.try.text')} rows={4} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />
        <LiveCheck state={state} label={t('guidelines.try.mirror')} />
      </div>
    </section>
  );
}
