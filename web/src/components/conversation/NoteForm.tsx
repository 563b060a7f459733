// Internal notes, with @mentions. "Mention someone" opens the person picker; choosing a person
// writes "@Name" where the cursor was and remembers who it is. On sending, the people whose
// "@Name" is still in the text are sent as mentions: the server notifies them and lets them read
// the conversation, whatever their department.
import { useRef, useState, type RefObject } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { api, type PersonRow } from '../../api.ts';
import { useSubmit } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { FormError, TextAreaField, useFieldErrors } from '../Field.tsx';
import { PersonPicker } from '../PersonPicker.tsx';
import { H } from './Badges.tsx';

interface Props {
  id: number;
  boxRef: RefObject<HTMLTextAreaElement | null>;
  level: number;
  onAdded(): void;
}

export function NoteForm({ id, boxRef, level, onAdded }: Props) {
  const { t } = useLocale();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<PersonRow[]>([]);
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState<PersonRow | null>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const titleId = `note-${id}`;
  // Only the people still named in the text are mentioned: deleting "@Name" cancels the mention.
  const mentions = mentioned.filter((p) => text.includes(`@${p.name}`));

  const insert = (p: PersonRow) => {
    const box = boxRef.current;
    const at = box ? box.selectionStart : text.length;
    const before = text.slice(0, at);
    const token = `${before && !/\s$/.test(before) ? ' ' : ''}@${p.name} `;
    const next = before + token + text.slice(at);
    setText(next);
    setMentioned((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]));
    setPicking(false);
    setChoice(null);
    // Back to the text, right after the name, to keep writing.
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  return (
    <section className="note-form" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.notes')}
      </H>
      <form
        className="form"
        onSubmit={(e) =>
          run(e, async () => {
            if (!text.trim()) return;
            await api.addNote(id, { text, mentions: mentions.map((p) => p.id) });
            setText('');
            setMentioned([]);
            announce(mentions.length ? t('conv.note.addedMentions', { names: mentions.map((p) => p.name).join(', ') }) : t('conv.note.added'));
            onAdded();
          })
        }
      >
        <TextAreaField
          ref={boxRef}
          label={t('conv.note.label')}
          hint={t('conv.note.hint')}
          rows={3}
          maxLength={5000}
          value={text}
          aria-keyshortcuts="n"
          onChange={(e) => setText(e.target.value)}
          error={fe.text ?? fe.mentions}
        />
        {mentions.length > 0 && (
          <p className="small">
            {t('conv.note.willNotify')} {mentions.map((p) => p.name).join(', ')}
          </p>
        )}
        <div className="form-actions">
          <button ref={pickButton} type="button" className="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
            {t('conv.note.mention')}
          </button>
          <button type="submit" className="button primary" disabled={busy || !text.trim()}>
            {t('conv.note.add')}
          </button>
        </div>
        <FormError error={error} shown={['text', 'mentions']} />
      </form>
      {/* Outside the form: Enter in the picker's search box must not send the note. */}
      {picking && (
        <div className="panel">
          {/* Arrows move between radios and check them: the mention waits for the button. */}
          <PersonPicker value={choice} label={t('conv.note.mentionWho')} onChange={setChoice} />
          <div className="form-actions">
            <button type="button" className="button primary small" disabled={!choice} onClick={() => choice && insert(choice)}>
              {choice ? t('conv.note.mentionThis', { name: choice.name }) : t('conv.note.mention')}
            </button>
            <button
              type="button"
              className="button small ghost"
              onClick={() => {
                setPicking(false);
                pickButton.current?.focus();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
