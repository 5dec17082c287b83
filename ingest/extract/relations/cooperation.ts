/**
 * COOPERATES_WITH: 与/同/协同/联动/携手/联合 + a place or body + a verb of
 * joint work (共建, 打造, 抓好…) — the partner of the clause's subject (or of
 * the city of the text); and two places side by side that build together
 * (重庆成都双城联动联建).
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative, subjectAt } from './subject.ts';

const PARTNER_BEFORE = /(?:与|同|协同|联动|携手|联合|会同|和)$/u;
const JOINT_AFTER = /^(?:共建|共同|合作|打造|抓好|推进|建设|开展|携手|联动|深化|签署)/u;
const SIDE_BY_SIDE = /^(?:双城)?(?:联动|联建|共建|携手|合作)/u;

function cooperation(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const text = ctx.sentence.text;
  const partners = (ctx.mentions ?? []).filter((m) => m.type === 'Place' || (m.type === 'Organization' && !m.inOffice));
  for (const [i, m] of partners.entries()) {
    const { start } = relative(ctx, m);
    const next = partners[i + 1];
    // 四川遂宁: the more specific of two places written together is the partner.
    const partner: MentionFinding = next && next.start === m.end ? next : m;
    const partnerEnd = relative(ctx, partner).end;
    if (PARTNER_BEFORE.test(text.slice(0, start)) && JOINT_AFTER.test(text.slice(partnerEnd))) {
      const verb = /(?:与|同|协同|联动|携手|联合|会同|和)$/u.exec(text.slice(0, start));
      const subject = subjectAt(ctx, start - (verb?.[0].length ?? 0));
      if (subject && subject.name !== partner.name) relations.push(relation(subject, partner, aboutAfter(text, partnerEnd)));
    }
    const sameProvince = String(m.attributes?.code ?? 'x').slice(0, 2) === String(next?.attributes?.code ?? 'y').slice(0, 2);
    if (next && next.type === 'Place' && m.type === 'Place' && next.start === m.end && !sameProvince && SIDE_BY_SIDE.test(text.slice(relative(ctx, next).end))) {
      relations.push(relation(refOf(m), next, aboutAfter(text, relative(ctx, next).end)));
    }
  }
  return { mentions: [], relations };
}

function relation(from: { type: MentionFinding['type']; name: string }, to: MentionFinding, about: string | undefined): RelationFinding {
  const r: RelationFinding = { type: 'COOPERATES_WITH', from, to: refOf(to), confidence: 0.65, rule: 'cooperation' };
  if (about) r.about = about;
  return r;
}

/** What the joint work is about: the rest of the clause after the verb. */
function aboutAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from).replace(JOINT_AFTER, '').replace(SIDE_BY_SIDE, '');
  const about = rest.split(/[，。；、]/u)[0]?.trim();
  return about ? about.slice(0, 40) : undefined;
}

export const cooperationExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'cooperation',
  description: 'COOPERATES_WITH: 与/同/协同/联动 + place/body + 共建/打造/抓好…; two places side by side + 联动/联建/共建.',
  entityTypes: [],
  relationTypes: ['COOPERATES_WITH'],
  run: cooperation,
};
