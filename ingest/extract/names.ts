/**
 * Reading personal names where the writing puts them: right after an office
 * ("主任高健就此…"), or after a layout space in list lines and bylines
 * ("记者 张珺 邱小雅"). Pure.
 */
import { BYLINE_TAIL, NAME_FOLLOWERS, NON_NAME_THIRD, NOT_A_NAME, surnameLength } from './lexicon.ts';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
  /** The name was delimited by spaces or punctuation, not inferred from what follows. */
  delimited: boolean;
}

const HAN = /\p{Script=Han}/u;
const BOUNDARY = /^(?:$|[\s，。、；：！？,.;:!?“”"‘’（）()《》—\-·])/u;

/**
 * Names starting at `pos` in `text` (offsets into `text`). After a space every
 * space-separated 2–4 character word counts (bylines list several names);
 * otherwise one name is read, its end decided by what follows it.
 */
export function readNames(text: string, pos: number): NameSpan[] {
  let i = pos;
  while (i < text.length && text[i] === ' ') i++;
  if (i > pos) return readSpacedNames(text, i);
  const names: NameSpan[] = [];
  // Several holders of one office are listed with 、 (副省长孙海波、吴雪梅出席).
  for (let one = readAttachedName(text, i); one; one = text[one.end] === '、' ? readAttachedName(text, one.end + 1) : undefined) {
    names.push(one);
    if (names.length > 1 && !one.delimited) break;
  }
  return names;
}

function readSpacedNames(text: string, from: number): NameSpan[] {
  const names: NameSpan[] = [];
  let i = from;
  for (;;) {
    let j = i;
    while (j < text.length && HAN.test(text[j] as string)) j++;
    const word = text.slice(i, j);
    const delimited = BOUNDARY.test(text.slice(j, j + 1));
    if (!delimited || word.length < 2 || word.length > 4 || BYLINE_TAIL.has(word) || !plausibleName(word)) break;
    names.push({ name: word, start: i, end: j, delimited: true });
    if (text[j] !== ' ') break;
    i = j;
    while (i < text.length && text[i] === ' ') i++;
  }
  return names;
}

/** A name glued to what follows: try 3 then 2 characters (4 with a two-character surname). */
function readAttachedName(text: string, i: number): NameSpan | undefined {
  const surname = surnameLength(text.slice(i, i + 2));
  if (surname === 0) return undefined;
  const lengths = surname === 2 ? [4, 3] : [3, 2];
  for (const len of lengths) {
    const name = text.slice(i, i + len);
    if (name.length !== len || ![...name].every((c) => HAN.test(c))) continue;
    if (len === 3 && NON_NAME_THIRD.test(name.charAt(2))) continue;
    const rest = text.slice(i + len, i + len + 4);
    if (BOUNDARY.test(rest)) return { name, start: i, end: i + len, delimited: true };
    if (NAME_FOLLOWERS.test(rest) && plausibleName(name)) return { name, start: i, end: i + len, delimited: false };
  }
  return undefined;
}

/** A word that can be a personal name: Han only, known surname, not a common word. */
export function plausibleName(word: string): boolean {
  if (word.length < 2 || word.length > 4 || NOT_A_NAME.has(word)) return false;
  if (![...word].every((c) => HAN.test(c))) return false;
  const surname = surnameLength(word);
  if (surname === 0) return false;
  return word.length - surname >= 1 && word.length - surname <= 2;
}
