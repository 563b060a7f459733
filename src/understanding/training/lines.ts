// Training examples are written one message per line in template strings, which keeps hundreds of
// short messages readable. A literal "\n" (backslash, n) inside a line stands for a line break.
import type { Intent } from '../intent-patterns.ts';

export interface IntentExample {
  text: string;
  intent: Intent;
  lang: 'fr' | 'en';
}

export function lines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'))
    .map((l) => l.replace(/\\n/g, '\n'));
}

export function examples(intent: Intent, fr: string, en: string): IntentExample[] {
  return [
    ...lines(fr).map((text) => ({ text, intent, lang: 'fr' as const })),
    ...lines(en).map((text) => ({ text, intent, lang: 'en' as const })),
  ];
}
