/**
 * LEADS to an initiative: the body or person that takes the lead in it
 * (由省发展改革委牵头实施…行动, 市商务局将牵头实施…, …行动由市商务局牵头,
 * 由市长领衔推进…). Official writing names one lead body and the others that
 * 配合 or 参与; only the lead is taken.
 */
import type { EntityRef, ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';
import { matchesOf } from '../match.ts';

/** Verbs of taking the lead. */
const LEAD = /牵头|领衔/gu;
/** What may stand between the lead verb and the initiative: verbs of carrying out, a comma and partners (…牵头，联合…实施). */
const LEAD_TO_INITIATIVE = /^(?:[^。；;]{0,4}?)(?:组织|负责|抓总)?(?:实施|推进|推动|开展|落实|组织|建设|打造|制定|编制|启动)?$/u;
const MAX_GAP = 24;
/** Between the leader and the lead verb: adverbs and auxiliaries only (将, 负责, 统筹). */
const LEADER_TO_VERB = /^(?:将|要|还|也|已|正|负责|统筹|具体|共同)*$/u;

function leads(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const text = ctx.sentence.text;
  if (!text.includes('牵头') && !text.includes('领衔')) return { mentions: [], relations };
  const mentions = ctx.mentions ?? [];
  for (const verb of matchesOf(LEAD, text)) {
    const leader = leaderBefore(ctx, mentions, verb.index);
    if (!leader) continue;
    const initiative = initiativeAround(ctx, mentions, verb.index, verb.index + verb[0].length);
    if (initiative) relations.push({ type: 'LEADS', from: leader, to: refOf(initiative), confidence: 0.7, rule: 'leads-initiative' });
  }
  return { mentions: [], relations };
}

/** The body or person right before the lead verb (由X牵头, X将牵头). */
function leaderBefore(ctx: SentenceContext, mentions: readonly MentionFinding[], at: number): EntityRef | undefined {
  const text = ctx.sentence.text;
  let best: MentionFinding | undefined;
  for (const m of mentions) {
    if ((m.type !== 'Organization' && m.type !== 'Person') || (m.inOffice && m.type === 'Organization')) continue;
    const { end } = relative(ctx, m);
    if (end > at || !LEADER_TO_VERB.test(text.slice(end, at))) continue;
    if (!best || m.end > best.end) best = m;
  }
  return best ? refOf(best) : undefined;
}

/** The initiative the lead verb governs (牵头实施X, 牵头，联合…实施X), or the one whose lead is named after it (X由…牵头). */
function initiativeAround(ctx: SentenceContext, mentions: readonly MentionFinding[], verbStart: number, verbEnd: number): MentionFinding | undefined {
  const text = ctx.sentence.text;
  const initiatives = mentions.filter((m) => m.type === 'Initiative').sort((a, b) => a.start - b.start);
  const after = initiatives.find((m) => {
    const { start } = relative(ctx, m);
    return start >= verbEnd && start - verbEnd <= MAX_GAP && LEAD_TO_INITIATIVE.test(text.slice(verbEnd, start).replace(/[，,]?(?:联合|会同|协同|配合)[^，,。；]{0,12}/u, ''));
  });
  if (after) return after;
  return initiatives.reverse().find((m) => {
    const { end } = relative(ctx, m);
    return end <= verbStart && /^[^，。；,;]{0,3}由[^，。；,;]{2,16}$/u.test(text.slice(end, verbStart));
  });
}

export const leadsExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'leads-initiative',
  description: 'LEADS Organization/Person → Initiative: 由X牵头实施Y, X将牵头实施Y, Y由X牵头, X领衔推进Y.',
  entityTypes: [],
  relationTypes: ['LEADS'],
  run: leads,
};
