/**
 * PART_OF and LOCATED_IN as the texts write them: X作为/是Y的重要内容 (or
 * 组成部分, 重要节点…), Y建设“X” (a code name inside a larger programme), X纳入Y,
 * Y包括X、Z; a place written
 * right before a place it contains (四川遂宁, checked against the division
 * data), and REGION大都市/城市X for places abroad (东南亚大都市吉隆坡).
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';

/** What may stand between a place and a city abroad it contains: nothing, or a word for a city. */
const CITY_APPOSITION = /^(?:的|大都市|城市|首都|名城|都市|港口城市)?$/u;
/** A place said to lie in another (万州区位于重庆东北部): checked against the data like the written pairs. */
const LIES_IN = /^(?:地处|位于|坐落于|处于)$/u;
const PART_KINDS = new Set(['Initiative', 'Corridor', 'Platform']);
/** What a part can belong to: a larger programme, corridor or platform, or a place (…是成渝地区的重要组成部分). */
const WHOLE_KINDS = new Set(['Initiative', 'Corridor', 'Platform', 'Place']);
const PART_PHRASE = /^(?:建设)?(?:作为|是|成为)(.{0,20}?)的(?:重要|有机|核心)?(?:内容|组成部分|一部分|支撑|节点|支点|一环|载体|核心区|承载区|先行区|示范区)/u;
/** X纳入Y: a project or programme taken into a larger one. */
const TAKEN_INTO = /^(?:被|已|正式|首次|均|全部)?(?:纳入|列入|写入)/u;
/** Y包括/涵盖X、Z: the items a programme is made of. */
const MADE_OF = /^(?:主要)?(?:包括|包含|涵盖|囊括)/u;

function structure(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const text = ctx.sentence.text;
  const mentions = [...(ctx.mentions ?? [])].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const { end } = relative(ctx, m);
    if (PART_KINDS.has(m.type)) {
      const phrase = PART_PHRASE.exec(text.slice(end));
      const whole = phrase ? lastInside(mentions, m.end + (phrase.index ?? 0), m.end + phrase[0].length) : undefined;
      if (whole && whole !== m) relations.push({ type: 'PART_OF', from: refOf(m), to: refOf(whole), confidence: 0.7, rule: 'part-of' });
      const inner = /^建设(?=[“‘])/u.test(text.slice(end)) ? mentions.find((x) => x.start === m.end + 2 && x.type === 'Initiative') : undefined;
      if (inner) relations.push({ type: 'PART_OF', from: refOf(inner), to: refOf(m), confidence: 0.6, rule: 'part-of' });
      for (const part of listedParts(ctx, mentions, m)) relations.push({ type: 'PART_OF', from: refOf(part), to: refOf(m), confidence: 0.6, rule: 'part-of-list' });
      const into = TAKEN_INTO.exec(text.slice(end));
      const target = into ? mentions.find((x) => x.start === m.end + into[0].length && WHOLE_KINDS.has(x.type) && x.type !== 'Place') : undefined;
      if (target) relations.push({ type: 'PART_OF', from: refOf(m), to: refOf(target), confidence: 0.65, rule: 'part-of' });
    }
    if (m.type !== 'Place') continue;
    // 四川遂宁; 马来西亚吉隆坡; 东南亚大都市吉隆坡.
    const next = mentions.find((x) => x.type === 'Place' && x.start >= m.end && CITY_APPOSITION.test(text.slice(relative(ctx, m).end, relative(ctx, x).start)));
    if (next && contains(m, next)) relations.push({ type: 'LOCATED_IN', from: refOf(next), to: refOf(m), confidence: 0.9, rule: 'located-in' });
    const outer = mentions.find((x) => x.type === 'Place' && x.start > m.end && LIES_IN.test(text.slice(relative(ctx, m).end, relative(ctx, x).start)));
    if (outer && contains(outer, m)) relations.push({ type: 'LOCATED_IN', from: refOf(m), to: refOf(outer), confidence: 0.85, rule: 'located-in' });
  }
  return { mentions: [], relations };
}

function lastInside(mentions: readonly MentionFinding[], start: number, end: number): MentionFinding | undefined {
  return mentions.filter((x) => WHOLE_KINDS.has(x.type) && x.start >= start && x.end <= end).pop();
}

/** The programmes listed after Y包括/涵盖 in the same clause, each a part of Y. */
function listedParts(ctx: SentenceContext, mentions: readonly MentionFinding[], whole: MentionFinding): MentionFinding[] {
  const text = ctx.sentence.text;
  const { end } = relative(ctx, whole);
  const verb = MADE_OF.exec(text.slice(end));
  if (!verb) return [];
  const clauseEnd = end + (/[，。；：,;:]/u.exec(text.slice(end))?.index ?? text.length - end);
  return mentions.filter((x) => x !== whole && PART_KINDS.has(x.type) && relative(ctx, x).start >= end + verb[0].length && relative(ctx, x).end <= clauseEnd);
}

/** Whether `outer` contains `inner` by division codes (parent chain), or `outer` is a world region. */
function contains(outer: MentionFinding, inner: MentionFinding): boolean {
  const code = String(outer.attributes?.code ?? '');
  const innerCode = String(inner.attributes?.code ?? '');
  if (code && innerCode) return code.endsWith('0000') ? innerCode.startsWith(code.slice(0, 2)) && innerCode !== code : code.endsWith('00') && innerCode.startsWith(code.slice(0, 4)) && innerCode !== code;
  const [outerKind, innerKind] = [outer.attributes?.kind, inner.attributes?.kind];
  if (outerKind === 'country' && innerKind === 'city') return outer.attributes?.iso === inner.attributes?.iso;
  return outerKind === 'region' && (innerKind === 'country' || innerKind === 'city');
}

export const structureExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'structure',
  description: 'PART_OF (X作为/是Y的重要内容, Y建设“X”) and LOCATED_IN (a place written before a place it contains, by GB/T 2260 codes).',
  entityTypes: [],
  relationTypes: ['PART_OF', 'LOCATED_IN'],
  run: structure,
};
