/**
 * The subject of a clause, as these texts write it: the nearest place or body
 * named before the verb (江津将…实施…), not one that only belongs to a
 * speaker's office or follows a preposition; otherwise the city of the text
 * (the gold standard's "plainly the city of the text").
 */
import type { EntityRef, MentionFinding, SentenceContext } from '../types.ts';
import { lookupPlace } from '../places.ts';

/** A preposition or list mark right before a name: the name is not the clause's subject. */
const PREPOSITION_BEFORE = new Set([...'与和同向对赴在到从跟及、']);

/** The place or body acting at `offset` (sentence-relative), or the city of the text. */
export function subjectAt(ctx: SentenceContext, offset: number, options: { places?: boolean; bodies?: boolean; cityFallback?: boolean } = {}): EntityRef | undefined {
  const { places = true, bodies = true, cityFallback = true } = options;
  const base = ctx.sentence.start;
  const mentions = ctx.mentions ?? [];
  const lastPerson = Math.max(-1, ...mentions.filter((m) => m.type === 'Person' && m.end - base <= offset).map((m) => m.end - base));
  const candidates = mentions.filter((m) => {
    const rel = m.start - base;
    if (m.end - base > offset || rel < lastPerson || m.inOffice || m.listed) return false;
    if (!((places && m.type === 'Place') || (bodies && m.type === 'Organization'))) return false;
    const after = ctx.sentence.text.slice(m.end - base, m.end - base + 1);
    return !PREPOSITION_BEFORE.has(ctx.sentence.text.charAt(rel - 1)) && after !== '的';
  });
  const nearest = candidates.sort((a, b) => b.start - a.start)[0];
  if (nearest) return { type: nearest.type, name: nearest.name };
  return cityFallback ? cityOf(ctx) : undefined;
}

/** The city of the text as a place. */
export function cityOf(ctx: SentenceContext): EntityRef | undefined {
  if (!ctx.doc.city) return undefined;
  const place = lookupPlace(ctx.doc.city, ctx.doc);
  return place ? { type: 'Place', name: place.name } : undefined;
}

/** The sentence-relative span of a mention. */
export function relative(ctx: SentenceContext, m: MentionFinding): { start: number; end: number } {
  return { start: m.start - ctx.sentence.start, end: m.end - ctx.sentence.start };
}

export function refOf(m: MentionFinding): EntityRef {
  return { type: m.type, name: m.name };
}

/** Where the clause holding `offset` starts: after the last comma, semicolon or colon before it (full or half width). */
export function clauseStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (CLAUSE_BREAK.has(text[i] as string)) return i + 1;
  return 0;
}

const CLAUSE_BREAK = new Set(['，', ',', '；', ';', '：', ':']);
