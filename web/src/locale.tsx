// The language in use, shared by every component. Changing it re-renders the app, sets
// <html lang> for screen readers and spell checkers, and remembers the choice on this device.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLang, labelOf, LANG_STORAGE_KEY, translate, type Key, type Lang, type Vars } from './i18n/index.ts';

/** Keys that come in `.one` / `.other` pairs. */
type PluralOf<K> = K extends `${infer B}.one` ? (`${B}.other` extends Key ? B : never) : never;
type PluralBase = PluralOf<Key>;

interface LocaleValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: Key, vars?: Vars): string;
  /** `base.one` or `base.other` by the language's plural rule, with `{n}` filled in. */
  plural(base: PluralBase, n: number, vars?: Vars): string;
  label: (prefix: Parameters<typeof labelOf>[1], value: string) => string;
  /** Date and time in the reader's language and time zone. */
  dateTime(iso: string): string;
  date(iso: string): string;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this visit only */
    }
  }, []);

  const value = useMemo<LocaleValue>(() => {
    const dt = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
    const d = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' });
    const rules = new Intl.PluralRules(lang);
    return {
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      plural: (base, n, vars) => translate(lang, `${base}.${rules.select(n) === 'one' ? 'one' : 'other'}` as Key, { n, ...vars }),
      label: (prefix, v) => labelOf(lang, prefix, v),
      dateTime: (iso) => dt.format(new Date(iso)),
      date: (iso) => d.format(new Date(iso)),
    };
  }, [lang, setLang]);

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const v = useContext(LocaleContext);
  if (!v) throw new Error('useLocale outside LocaleProvider');
  return v;
}
