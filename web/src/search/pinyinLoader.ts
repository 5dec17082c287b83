/**
 * Loads pinyin-pro on first use (a separate chunk: its dictionary is large and
 * only needed once someone types Latin letters) and wraps it as a ToSyllables.
 */
import type { ToSyllables } from './pinyin.ts';

let loading: Promise<ToSyllables> | null = null;

/** The converter, loading pinyin-pro the first time. */
export function loadToSyllables(): Promise<ToSyllables> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => (text: string) => pinyin(text, { type: 'array', toneType: 'none', v: true }));
  return loading;
}
