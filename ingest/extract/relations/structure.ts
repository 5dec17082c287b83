/**
 * LOCATED_IN as the texts write it: a place written right before a place it
 * contains (四川遂宁, checked against the division data), a place said to lie
 * in another (万州区位于重庆东北部), and REGION大都市/城市X for places abroad
 * (东南亚大都市吉隆坡). PART_OF is parts.ts.
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';
import { isDomesticRegion } from '../../gazetteer/regions.ts';

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
    // A region has no division code: that a division lies in it is taken from the verb (万州地处三峡库区).
    if (outer && (contains(outer, m) || (isDomesticRegion(outer.name) && m.attributes?.kind === 'division'))) {
      relations.push({ type: 'LOCATED_IN', from: refOf(m), to: refOf(outer), confidence: 0.85, rule: 'located-in' });
    }
  }
  for (const [item, region] of listedInRegion(ctx, mentions)) relations.push({ type: 'LOCATED_IN', from: refOf(item), to: refOf(region), confidence: 0.8, rule: 'located-in-list' });
  return { mentions: [], relations };
}

/** 越南、泰国、马来西亚等东南亚国家: each place listed before 等 + a region + 国家/城市/地区 lies in that region. */
const REGION_LIST_TAIL = /^等?(?:[^，。；]{0,4}?)$/u;

function listedInRegion(ctx: SentenceContext, mentions: readonly MentionFinding[]): [MentionFinding, MentionFinding][] {
  const text = ctx.sentence.text;
  const out: [MentionFinding, MentionFinding][] = [];
  for (const region of mentions) {
    if (region.attributes?.kind !== 'region') continue;
    const { start, end } = relative(ctx, region);
    if (!/^(?:国家|城市|地区|各国)/u.test(text.slice(end)) || !text.slice(0, start).includes('等')) continue;
    // Walk back over the list: place, 、 or 和, place … up to the 等 before the region.
    let cursor = text.lastIndexOf('等', start);
    if (cursor < 0 || !REGION_LIST_TAIL.test(text.slice(cursor, start))) continue;
    for (const item of [...mentions].filter((x) => x.type === 'Place' && x !== region && x.end <= ctx.sentence.start + cursor).sort((a, b) => b.start - a.start)) {
      const at = relative(ctx, item);
      if (!/^(?:、|和|及|与)?$/u.test(text.slice(at.end, cursor))) break;
      if (contains(region, item)) out.push([item, region]);
      cursor = at.start;
      if (!/[、和及与]$/u.test(text.slice(0, cursor))) break;
      cursor -= 1;
    }
  }
  return out;
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
