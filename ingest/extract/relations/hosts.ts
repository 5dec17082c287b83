/**
 * HOSTS: a place holds an event it holds or undertakes (举办, 承办, 举行,
 * 打造… + event), or a platform written with it: 位于P的X, 作为X，P…, P获批X,
 * a place right before the platform's name (重庆“五型”国家物流枢纽), or the
 * place acting on the platform in the same clause (江北区正加快观音桥商圈…).
 */
import type { EntityRef, ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative, subjectAt } from './subject.ts';

const HOST_EVENT_VERB = /(举办|承办|举行|主办|打造|策划)/gu;
const HOSTED = new Set(['Platform', 'Corridor']);

function hostsRule(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  const add = (from: EntityRef | undefined, to: MentionFinding, confidence: number, how: string) => {
    if (from && from.type === 'Place') relations.push({ type: 'HOSTS', from, to: refOf(to), confidence, rule: `hosts-${how}` });
  };
  const text = ctx.sentence.text;
  const mentions = ctx.mentions ?? [];
  const places = mentions.filter((m) => m.type === 'Place');
  for (const m of mentions) {
    const { start } = relative(ctx, m);
    const clauseStart = Math.max(text.lastIndexOf('，', start - 1), text.lastIndexOf('；', start - 1)) + 1;
    const clause = text.slice(clauseStart, start);
    if (m.type === 'Event') {
      const verb = [...clause.matchAll(HOST_EVENT_VERB)].pop();
      if (verb) add(subjectAt(ctx, clauseStart + (verb.index ?? 0), { bodies: false }), m, 0.7, 'event');
      continue;
    }
    if (!HOSTED.has(m.type)) continue;
    const adjacent = places.find((p) => p.end === m.start);
    if (adjacent) add(refOf(adjacent), m, 0.7, 'adjacent');
    const where = /位于(\p{Script=Han}{0,8}?)$/u.exec(text.slice(0, start).replace(/的$/u, ''));
    const locatedIn = where ? places.filter((p) => p.start >= ctx.sentence.start + (where.index ?? 0) && p.end <= m.start).pop() : undefined;
    if (locatedIn) add(refOf(locatedIn), m, 0.8, 'located');
    if (/获批$/u.test(clause.trimEnd())) add(subjectAt(ctx, start, { bodies: false, cityFallback: false }), m, 0.75, 'approved');
    if (/^作为/u.test(clause)) {
      const after = places.find((p) => p.start - ctx.sentence.start > start && /^，/u.test(text.slice(m.end - ctx.sentence.start)));
      add(after ? refOf(after) : undefined, m, 0.7, 'as');
    } else if (!adjacent && !locatedIn && /[正将要]?(?:加快|推进|建设|建好|深化|打造)/u.test(clause)) {
      add(subjectAt(ctx, start, { bodies: false, cityFallback: false }), m, 0.6, 'clause');
    }
  }
  return { mentions: [], relations };
}

export const hostsExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'hosts',
  description: 'HOSTS: place + 举办/承办/举行 + event; 位于P的X; 作为X，P; P获批X; P right before a platform; place acting on a platform in one clause.',
  entityTypes: [],
  relationTypes: ['HOSTS'],
  run: hostsRule,
};
