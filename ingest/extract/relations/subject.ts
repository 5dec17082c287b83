/**
 * The subject of a clause, as these texts write it: the nearest place or body
 * (or, when asked, development zone) named before the verb (江津将…实施…),
 * not one that only belongs to a speaker's office or follows a preposition;
 * else the subject the paragraph carries or the body a speaker's 我们 stands
 * for; else the city of the text (the gold standard's "plainly the city of
 * the text").
 */
import type { EntityRef, MentionFinding, SentenceContext } from '../types.ts';
import type { Sentence } from '../../split.ts';
import { lookupPlace } from '../places.ts';

/** A preposition or list mark right before a name: the name is not the clause's subject. */
const PREPOSITION_BEFORE = new Set([...'与和同向对赴在到从跟及、']);

/** Development zones, which act as subjects of their own (两江新区将…): a zone is a platform, not a place or a body. */
const ZONE = /(?:新区|高新区|经开区|开发区|自贸区|试验区|保税区|综保区|实验区)$/u;

/** The place or body acting at `offset` (sentence-relative), or the city of the text. */
export function subjectAt(ctx: SentenceContext, offset: number, options: { places?: boolean; bodies?: boolean; zones?: boolean; cityFallback?: boolean } = {}): EntityRef | undefined {
  const { places = true, bodies = true, zones = false, cityFallback = true } = options;
  const base = ctx.sentence.start;
  const mentions = ctx.mentions ?? [];
  const lastPerson = Math.max(-1, ...mentions.filter((m) => m.type === 'Person' && m.end - base <= offset).map((m) => m.end - base));
  const candidates = mentions.filter((m) => {
    const rel = m.start - base;
    // A region (东南亚, 长江中游城市群) is a setting, not an actor.
    if (m.end - base > offset || rel < lastPerson || m.inOffice || m.listed || m.attributes?.kind === 'region') return false;
    if (!((places && m.type === 'Place') || (bodies && m.type === 'Organization') || (zones && m.type === 'Platform' && ZONE.test(m.name)))) return false;
    const after = ctx.sentence.text.slice(m.end - base, m.end - base + 1);
    return !PREPOSITION_BEFORE.has(ctx.sentence.text.charAt(rel - 1)) && after !== '的';
  });
  const nearest = candidates.sort((a, b) => b.start - a.start)[0];
  if (nearest) return { type: nearest.type, name: nearest.name };
  if (!cityFallback) return undefined;
  const carried = ctx.carriedSubject;
  return carried && (carried.type !== 'Platform' || zones) && (carried.type !== 'Organization' || bodies) && (carried.type !== 'Place' || places) ? carried : cityOf(ctx);
}

/** What follows a subject that acts: a modal, an adverb of manner or time, or a verb of the genre (江津将…, 潼南正积极…, 两江新区要…). */
const ACTS = /^(?:将|要|正|已|还|也|需|应|持续|加快|积极|全力|坚持|着力|聚焦|大力|深入|进一步|不断|始终|围绕|今年|明年|下一步|以|通过|依托|把|作为|坚定|聚力|奋力|加力|扎实|力争|突出|实施|推进|推动|打造|建设|构建|深化|启动|开展|落实)/u;

/**
 * The subject each sentence carries on to the rest of its paragraph: the
 * first place, body or zone that opens a clause and acts (江津将用好通道优势。…
 * 积极实施…行动 is 江津's). A new line or article starts afresh.
 */
export function carriedSubjects(text: string, sentences: readonly Sentence[], mentions: readonly (readonly MentionFinding[])[]): (EntityRef | undefined)[] {
  let carried: EntityRef | undefined;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    if (!previous || previous.article !== sentence.article || text.slice(previous.end, sentence.start).includes('\n')) carried = undefined;
    const before = carried;
    const own = actingSubject(sentence, mentions[i] ?? []);
    if (own) carried = own;
    return before;
  });
}

function actingSubject(sentence: Sentence, mentions: readonly MentionFinding[]): EntityRef | undefined {
  for (const m of mentions) {
    if (m.inOffice || m.listed || m.attributes?.kind === 'region' || !(m.type === 'Place' || m.type === 'Organization' || (m.type === 'Platform' && ZONE.test(m.name)))) continue;
    const start = m.start - sentence.start;
    const end = m.end - sentence.start;
    const opens = start === 0 || /[，,：:“]/u.test(sentence.text.charAt(start - 1));
    if (opens && ACTS.test(sentence.text.slice(end))) return { type: m.type, name: m.name };
  }
  return undefined;
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

/** 我们 and 我区 in a speaker's words: the speaker's district or company when they speak for one (the city otherwise). */
const WE = /我们|我区|我县|我们区|我们县|我们公司|我们集团/u;
const DISTRICT_BODY = /^(\p{Script=Han}{1,8}?(?:区|县))(?:委|人民政府|政府|人大|政协)$/u;
const COMPANY = /(?:集团|公司)$/u;

/** The body a person speaks for when saying 我们: a district (区委, 区政府) or a company; none for offices of the city. */
export function ownBody(org: string): EntityRef | undefined {
  const district = DISTRICT_BODY.exec(org);
  const place = district ? lookupPlace(district[1] as string, {}) : undefined;
  if (place) return { type: 'Place', name: place.name };
  return COMPANY.test(org) ? { type: 'Organization', name: org } : undefined;
}

/**
 * For each sentence that says 我们 (or 我区), the body its speaker speaks for:
 * the speaker is a person named in the sentence, else the last one named in
 * the paragraph; `bodies` gives each person's district or company.
 */
export function weSubjects(text: string, sentences: readonly Sentence[], mentions: readonly (readonly MentionFinding[])[], bodies: ReadonlyMap<string, EntityRef>): (EntityRef | undefined)[] {
  let speaker: string | undefined;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    if (!previous || previous.article !== sentence.article || text.slice(previous.end, sentence.start).includes('\n')) speaker = undefined;
    const person = (mentions[i] ?? []).find((m) => m.type === 'Person');
    if (person) speaker = person.name;
    return speaker !== undefined && WE.test(sentence.text) ? bodies.get(speaker) : undefined;
  });
}
