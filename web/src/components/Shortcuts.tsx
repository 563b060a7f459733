// Keyboard shortcuts of the inbox and the conversation page, and the `?` dialog that lists them.
// A shortcut never fires while the person types: in a field, a select, an editable area, with a
// modifier held, or while a dialog is open. Enter is left to links and buttons that have the focus.
import { useEffect, useRef } from 'react';
import type { Key } from '../i18n/index.ts';
import { useLocale } from '../locale.tsx';

export type ShortcutKey = 'j' | 'k' | 'Enter' | 'a' | 'r' | 'n' | 'h' | 'e' | '/' | 'Escape' | '?';

/** Every shortcut with what it does, in the order the help dialog lists them. */
export const SHORTCUTS: { key: ShortcutKey; label: Key; keyName?: Key }[] = [
  { key: 'j', label: 'shortcuts.next' },
  { key: 'k', label: 'shortcuts.previous' },
  { key: 'Enter', label: 'shortcuts.open', keyName: 'shortcuts.key.enter' },
  { key: 'a', label: 'shortcuts.assign' },
  { key: 'r', label: 'shortcuts.reply' },
  { key: 'n', label: 'shortcuts.note' },
  { key: 'h', label: 'shortcuts.handoff' },
  { key: 'e', label: 'shortcuts.resolve' },
  { key: '/', label: 'shortcuts.search' },
  { key: 'Escape', label: 'shortcuts.back', keyName: 'shortcuts.key.escape' },
  { key: '?', label: 'shortcuts.help' },
];

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const ACTIVATES = 'a[href], button, summary, [role="button"], [role="link"]';

function isShortcutKey(k: string): k is ShortcutKey {
  return SHORTCUTS.some((s) => s.key === k);
}

export function useShortcuts(handlers: Partial<Record<ShortcutKey, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TYPING)) return;
      if (document.querySelector('dialog[open]')) return;
      if (!isShortcutKey(e.key)) return;
      if (e.key === 'Enter' && target?.closest(ACTIVATES)) return;
      const run = latest.current[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The list of shortcuts in a modal dialog: the browser traps the focus and closes it with Esc. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <p className="muted">{t('shortcuts.intro')}</p>
      <table className="table shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{s.keyName ? t(s.keyName) : s.key}</kbd>
              </td>
              <td>{t(s.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="form-actions">
        <button type="submit" className="button primary">
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
