/**
 * Places from data: Chinese administrative divisions (full names anywhere;
 * short forms of districts only inside the province the text is about, so
 * 江北 means 重庆's 江北区 in a Chongqing text), countries and world regions.
 */
import type { ExtractorDescriptor, Findings, MentionFinding, SentenceContext, DocumentContext } from './types.ts';
import { divisionsNamed, mayNameDivision, provinceOf, type Division } from '../gazetteer/divisions.ts';
import { foreignPlace, mayNameForeignPlace } from '../gazetteer/regions.ts';
import { posOf, type WordSpan } from '../segment.ts';

export interface PlaceMatch {
  name: string;
  attributes: Record<string, string>;
}

/** Places found per word, one table per province of the text (a short form means different places in different provinces). */
const lookupCache = new Map<string, Map<string, PlaceMatch | null>>();
const MAX_CACHE = 200_000;

/** Whether some place name starts like `word` (+ `next` when `word` is one character). */
function mayNamePlace(word: string, next = ''): boolean {
  return mayNameDivision(word, next) || mayNameForeignPlace(word, next);
}

/** The place a word names in this document, if any (memoised per word and province). */
export function lookupPlace(word: string, doc: Pick<DocumentContext, 'province'>): PlaceMatch | undefined {
  if (word.length < 2 || !mayNamePlace(word)) return undefined;
  const province = doc.province ?? '';
  let cache = lookupCache.get(province);
  if (!cache || cache.size > MAX_CACHE) {
    cache = new Map();
    lookupCache.set(province, cache);
  }
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const found = findPlace(word, doc);
  cache.set(word, found ?? null);
  return found;
}

function findPlace(word: string, doc: Pick<DocumentContext, 'province'>): PlaceMatch | undefined {
  const division = pickDivision(word, doc);
  if (division) return { name: division.name, attributes: divisionAttributes(division) };
  const foreign = foreignPlace(word);
  if (!foreign) return undefined;
  const attributes: Record<string, string> = { kind: foreign.kind };
  if (foreign.code) attributes.iso = foreign.code;
  return { name: foreign.name, attributes };
}

function pickDivision(word: string, doc: Pick<DocumentContext, 'province'>): Division | undefined {
  const candidates = divisionsNamed(word);
  if (candidates.length === 0) return undefined;
  const home = candidates.filter((d) => doc.province !== undefined && provinceOf(d).code === doc.province);
  const full = candidates.filter((d) => d.name === word);
  const usable = (list: readonly Division[]) => list.find((d) => d.name === word || d.level !== 'district');
  // Prefer the text's own province; a district's short form counts only there. Elsewhere a
  // common word that happens to name a district (城区, 矿区) is the word, not the place.
  if (home[0]) return home[0];
  const found = usable(full) ?? usable(candidates);
  // The dictionary tags some city names as nouns (合肥): only a district's name is checked.
  return found && found.level === 'district' && COMMON_WORD.test(posOf(word)) ? undefined : found;
}

/** Parts of speech of dictionary words that are not place names. */
const COMMON_WORD = /^(?:n|v|vn|a|ad|an|d)$/u;

/** The length of the longest place name `name` starts with (四川省人民政府 → 3), or 0. */
export function placePrefixLength(name: string, doc: Pick<DocumentContext, 'province'>, maxLength = 10): number {
  // Every prefix starts with the same two characters: one filter check rules them all out.
  if (name.length < 3 || !mayNamePlace(name)) return 0;
  for (let length = Math.min(name.length - 1, maxLength); length >= 2; length--) {
    if (lookupPlace(name.slice(0, length), doc)) return length;
  }
  return 0;
}

export function divisionAttributes(d: Division): Record<string, string> {
  const attributes: Record<string, string> = { kind: 'division', level: d.level, code: d.code };
  if (d.parent) attributes.parent = d.parent;
  return attributes;
}

const LEVEL = /^(?:省|市|区|县|州|旗)$/u;

function placeFindings(ctx: SentenceContext): Findings {
  const words = ctx.words;
  const mentions: MentionFinding[] = [];
  let offset = ctx.sentence.start;
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as WordSpan).word;
    const next = words[i + 1]?.word;
    const pair = next !== undefined && mayNamePlace(word, next) ? lookupPlace(word + next, ctx.doc) : undefined;
    const match = pair ?? lookupPlace(word, ctx.doc);
    let length = pair ? word.length + (next as string).length : word.length;
    if (pair) i++;
    // The dictionary may cut a district's level off its name (开/州/区): the level belongs to the name.
    const level = words[i + 1]?.word;
    if (match && level !== undefined && LEVEL.test(level) && lookupPlace(ctx.doc.text.slice(offset, offset + length) + level, ctx.doc)?.name === match.name) {
      length += level.length;
      i++;
    }
    if (match) {
      const surface = ctx.doc.text.slice(offset, offset + length);
      const mention: MentionFinding = { type: 'Place', name: match.name, surface, start: offset, end: offset + length, attributes: match.attributes };
      if (surface !== match.name) mention.aliases = [surface];
      mentions.push(mention);
    }
    offset += length;
  }
  return { mentions, relations: [] };
}

export const placeExtractor: ExtractorDescriptor = {
  stage: 'entities',
  id: 'place-gazetteer',
  description: 'Places from data: Chinese divisions (GB/T 2260, full names and short forms), countries, world regions.',
  entityTypes: ['Place'],
  relationTypes: [],
  run: placeFindings,
};
