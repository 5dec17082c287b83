/**
 * IMPLEMENTS: a place or body carries out an initiative named after a verb of
 * action in the same clause (潼南启动实施“潼越山海”计划, 重庆将深入实施…行动,
 * 市委…提出迭代升级“六区一高地”). Without a written subject the actor is the
 * city of the text.
 */
import type { ExtractorDescriptor, Findings, RelationFinding, SentenceContext } from '../types.ts';
import { clauseStartBefore, refOf, relative, subjectAt } from './subject.ts';
import { matchesOf } from '../match.ts';

const IMPLEMENT_VERBS = /(实施|开展|启动|推进|推动|落实|打造|构建|深化|迭代|提升|加快|制定|出台|争创|培育|完善|做好|推出|实行|执行|提出|建设|升级|加力|紧扣)/gu;
/**
 * Initiatives a place does not carry out but aims at or takes part in: positionings
 * (国际消费中心城市, 西部地区高质量发展先行区, …高地) and the nation's regional
 * strategies (成渝地区双城经济圈, 西部大开发, 长江经济带).
 */
const NOT_CARRIED_OUT = /(?:经济圈|经济带|大开发)$/u;

/** What may stand between the verb and the initiative: adverbs and other items of the same list. */
const BETWEEN = /^(?:[好实施了着]|[“”‘’、和与及]|\s)*$/u;
/** A subject that is not an entity of the text (国家将…, 中央…): the clause is not the city's doing. */
const OTHER_ACTOR = /(?:国家|中央|党中央|国务院|各地|全国)(?:将|要|正|已|全面|层面|也|还)/u;

/** A proposal or a wish (…建议建立, 应持续推进, 希望…): nobody has taken it up yet. */
const PROPOSAL = /(?<!《)建议(?!》)|呼吁|希望|(?<![适响供对反相])应(?![用对急])|提到要|意见/u;
const LED = /牵头|领衔/u;
const LED_AFTER = /^[^，。；]{0,3}由[^，。；]{2,16}(?:牵头|领衔)/u;
function implementsRule(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const text = ctx.sentence.text;
  for (const m of ctx.mentions ?? []) {
    if (m.type !== 'Initiative' || NOT_CARRIED_OUT.test(m.name)) continue;
    const { start } = relative(ctx, m);
    const clauseStart = clauseStartBefore(text, start);
    const before = text.slice(clauseStart, start);
    const verb = matchesOf(IMPLEMENT_VERBS, before).pop();
    if (!verb || !BETWEEN.test(withoutMentions(ctx, before.slice((verb.index ?? 0) + verb[0].length), clauseStart + (verb.index ?? 0) + verb[0].length))) continue;
    // Items before 等 are examples of a larger programme, not what the subject carries out.
    if (/^[^，。；]*?等/u.test(text.slice(relative(ctx, m).end)) && /^[“‘]/u.test(m.name)) continue;
    if (OTHER_ACTOR.test(text.slice(0, clauseStart + (verb.index ?? 0))) || PROPOSAL.test(text.slice(0, clauseStart + (verb.index ?? 0)))) continue;
    // A body that takes the lead (由…牵头实施) LEADS the initiative; the leads rule says so.
    if (LED.test(text.slice(0, start)) || LED_AFTER.test(text.slice(relative(ctx, m).end))) continue;
    // A development zone acting (两江新区将落实…) is a platform: it implements nothing in this model, nor does the city for it.
    const subject = subjectAt(ctx, clauseStart + (verb.index ?? 0), { zones: true });
    if (!subject || subject.type === 'Platform') continue;
    relations.push({ type: 'IMPLEMENTS', from: subject, to: refOf(m), confidence: 0.7, rule: 'implements' });
  }
  return { mentions: [], relations };
}

/** `between` with the initiative mentions inside it blanked out (lists: 实施A、B、C). */
function withoutMentions(ctx: SentenceContext, between: string, offset: number): string {
  let out = between;
  for (const m of ctx.mentions ?? []) {
    if (m.type !== 'Initiative' || NOT_CARRIED_OUT.test(m.name)) continue;
    const { start, end } = relative(ctx, m);
    if (start >= offset && end <= offset + between.length) out = out.slice(0, start - offset) + ' '.repeat(end - start) + out.slice(end - offset);
  }
  return out;
}

export const implementsExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'implements',
  description: 'IMPLEMENTS: place/body + 实施/启动/推进/打造/构建… + initiative in one clause; the city of the text when no subject is written.',
  entityTypes: [],
  relationTypes: ['IMPLEMENTS'],
  run: implementsRule,
};
