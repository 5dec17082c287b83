/**
 * LOCATED_IN as the texts write it: a place written right before a place it
 * contains (四川遂宁, checked against the division data), a place said to lie
 * in another (万州区位于重庆东北部), and REGION大都市/城市X for places abroad
 * (东南亚大都市吉隆坡). PART_OF is parts.ts.
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';

/** What may stand between a place and a city abroad it contains: nothing, or a word for a city. */
const CITY_APPOSITION = /^(?:的|大都市|城市|首都|名城|都市|港口城市)?$/u;
/** A place said to lie in another (万州区位于重庆东北部): checked against the data like the written pairs. */
const LIES_IN = /^(?:地处|位于|坐落于|处于)$/u;

function structure(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const text = ctx.sentence.text;
  const mentions = [...(ctx.mentions ?? [])].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.type !== 'Place') continue;
    // 四川遂宁; 马来西亚吉隆坡; 东南亚大都市吉隆坡.
    const next = mentions.find((x) => x.type === 'Place' && x.start >= m.end && CITY_APPOSITION.test(text.slice(relative(ctx, m).end, relative(ctx, x).start)));
    if (next && contains(m, next)) relations.push({ type: 'LOCATED_IN', from: refOf(next), to: refOf(m), confidence: 0.9, rule: 'located-in' });
    const outer = mentions.find((x) => x.type === 'Place' && x.start > m.end && LIES_IN.test(text.slice(relative(ctx, m).end, relative(ctx, x).start)));
    if (outer && contains(outer, m)) relations.push({ type: 'LOCATED_IN', from: refOf(m), to: refOf(outer), confidence: 0.85, rule: 'located-in' });
  }
  return { mentions: [], relations };
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
  description: 'LOCATED_IN: a place written before a place it contains, or said to lie in it (地处/位于), by GB/T 2260 codes; a city abroad after its country or region.',
  entityTypes: [],
  relationTypes: ['LOCATED_IN'],
  run: structure,
};
