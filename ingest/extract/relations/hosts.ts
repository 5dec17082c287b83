/**
 * HOSTS: a place holds an event it holds or undertakes (举办, 承办, 举行,
 * 打造… + event) or that is held there (…大会在成都开幕, 在武汉举行的…), or a
 * platform or body written with it: 位于P的X, X位于P, X落户P, 作为X，P…,
 * P获批X, a place right before the platform's name (重庆“五型”国家物流枢纽),
 * or the place acting on the platform in the same clause (江北区正加快观音桥商圈…).
 */
import type { EntityRef, ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { clauseStartBefore, refOf, relative, subjectAt } from './subject.ts';
import { matchesOf } from '../match.ts';

const HOST_EVENT_VERB = /(举办|承办|举行|主办|打造|策划)/gu;
/** Verbs that say where a gathering takes place. */
const HELD = '(?:举行|召开|开幕|举办|启幕|闭幕|落幕|揭幕|开展|拉开帷幕|隆重开幕)';
const HELD_AFTER_PLACE = new RegExp(`^[^，。；,;]{0,8}?${HELD}`, 'u');
const HELD_BEFORE_EVENT = new RegExp(`^[^，。；,;]{0,8}?${HELD}的$`, 'u');
/** 在P + a verb of holding right before the event's name (在万州举办2025…节). */
const VENUE_THEN_HOLD = /^(?:举办|举行|召开|承办)(?:了|好)?$/u;
const HOSTED = new Set(['Platform', 'Corridor']);
const SITED = new Set(['Platform', 'Corridor', 'Organization']);

const SITED_BEFORE = /(?:位于|落户|落地|地处|坐落于|坐落在|设在)(\p{Script=Han}{0,8}?)$/u;
const SITED_WINDOW = 11;
/** A place, then 的 (境内的, 辖区内的), then the platform's name. */
const OWNED = /^(?:境内|辖区内|区内|县内|市内)?的$/u;
/** A place that has a platform within it: 拥有, 坐拥, 建有, 境内有… and up to a few words before the name (拥有全国首个…). */
const HAS = /^(?:区|县|市)?(?:拥有|坐拥|建有|内有|境内有|辖区内有|辖有)[^，。；,;]{0,12}$/u;

/** One host of one thing per sentence, from the first rule that reads it. */
function addHost(found: RelationFinding[], from: EntityRef | undefined, to: MentionFinding, confidence: number, how: string): void {
  if (!from || from.type !== 'Place' || found.some((r) => r.from.name === from.name && r.to.name === to.name)) return;
  found.push({ type: 'HOSTS', from, to: refOf(to), confidence, rule: `hosts-${how}` });
}

function hostsRule(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  for (const m of ctx.mentions ?? []) {
    if (m.type === 'Event') hostedEvent(ctx, m, relations);
    if (SITED.has(m.type)) sited(ctx, m, relations);
    if (HOSTED.has(m.type)) hostedPlatform(ctx, m, relations);
  }
  return { mentions: [], relations };
}

/** An event the clause's place holds (重庆将举办X), or one held at a place (X在成都开幕, 在成都举行的X). */
function hostedEvent(ctx: SentenceContext, m: MentionFinding, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const { start, end } = relative(ctx, m);
  const places = (ctx.mentions ?? []).filter((p) => p.type === 'Place');
  const after = places.find((p) => {
    const at = relative(ctx, p);
    return at.start > end && /^[^，。；,;]{0,20}?在$/u.test(text.slice(end, at.start)) && HELD_AFTER_PLACE.test(text.slice(at.end));
  });
  if (after) addHost(found, refOf(after), m, 0.75, 'venue');
  const before = places.find((p) => {
    const at = relative(ctx, p);
    return at.end <= start && text[at.start - 1] === '在' && HELD_BEFORE_EVENT.test(text.slice(at.end, start));
  });
  if (before) addHost(found, refOf(before), m, 0.75, 'venue');
  if (after || before) return;
  // 重庆将在万州举办…: the district is the venue, and the city that holds it hosts it too.
  const venue = places.find((p) => {
    const at = relative(ctx, p);
    return at.end <= start && text[at.start - 1] === '在' && VENUE_THEN_HOLD.test(text.slice(at.end, start));
  });
  if (venue) addHost(found, refOf(venue), m, 0.7, 'venue');
  // No venue written: the place acting in the clause (or the city of the text) holds it.
  const clauseStart = clauseStartBefore(text, start);
  const verb = matchesOf(HOST_EVENT_VERB, text.slice(clauseStart, start)).pop();
  if (verb) addHost(found, subjectAt(ctx, clauseStart + verb.index, { bodies: false }), m, 0.7, 'event');
}

/** A platform or body sited in a place: 位于P的X, X位于P, X落户P, 落户P的X. */
function sited(ctx: SentenceContext, m: MentionFinding, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const { start, end } = relative(ctx, m);
  const places = (ctx.mentions ?? []).filter((p) => p.type === 'Place');
  // 位于/落户 + up to eight characters + 的 before the name: a window of eleven characters is enough.
  const from = Math.max(0, start - SITED_WINDOW);
  const where = SITED_BEFORE.exec(text.slice(from, start).replace(/的$/u, ''));
  const before = where ? places.filter((p) => relative(ctx, p).start >= from + where.index && p.end <= m.start).pop() : undefined;
  if (before) addHost(found, refOf(before), m, 0.8, 'located');
  const after = places.find((p) => {
    const at = relative(ctx, p);
    return at.start > end && /^(?:[^，。；,;]{0,6}?)(?:位于|落户|落地|地处|坐落于|坐落在|设在)$/u.test(text.slice(end, at.start));
  });
  if (after && after !== before) addHost(found, refOf(after), m, 0.8, 'located');
}

/** A platform written with a place: adjacent, 作为X，P, P获批X, or acted on by the clause's place. */
function hostedPlatform(ctx: SentenceContext, m: MentionFinding, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const { start } = relative(ctx, m);
  const clause = text.slice(clauseStartBefore(text, start), start);
  const places = (ctx.mentions ?? []).filter((p) => p.type === 'Place');
  const adjacent = places.find((p) => p.end === m.start);
  if (adjacent) addHost(found, refOf(adjacent), m, 0.7, 'adjacent');
  // 青白江区(境内)的成都国际铁路港: a platform written as the place's own.
  const owner = places.find((p) => p.end <= m.start && OWNED.test(text.slice(relative(ctx, p).end, start)) && p.attributes?.kind === 'division');
  if (owner) addHost(found, refOf(owner), m, 0.65, 'owned');
  // 青白江区拥有成都国际铁路港: a place that has the platform within it.
  const holder = places.filter((p) => p.end <= m.start && HAS.test(text.slice(relative(ctx, p).end, start))).pop();
  if (holder && holder !== adjacent) addHost(found, refOf(holder), m, 0.7, 'has');
  const located = /位于\p{Script=Han}{0,8}?的?$/u.test(text.slice(Math.max(0, start - SITED_WINDOW), start));
  if (/获批$/u.test(clause.trimEnd())) addHost(found, subjectAt(ctx, start, { bodies: false, cityFallback: false }), m, 0.75, 'approved');
  if (/^作为/u.test(clause)) {
    const after = places.find((p) => p.start - ctx.sentence.start > start && /^[，,]/u.test(text.slice(m.end - ctx.sentence.start)));
    addHost(found, after ? refOf(after) : undefined, m, 0.7, 'as');
  } else if (!adjacent && !located && /[正将要]?(?:加快|推进|建设|建好|深化|打造)/u.test(clause)) {
    // The place acting in the clause, or the one the paragraph carries (江北区…。加快建设观音桥商圈).
    const actor = subjectAt(ctx, start, { bodies: false, cityFallback: false }) ?? (ctx.carriedSubject?.type === 'Place' ? ctx.carriedSubject : undefined);
    addHost(found, actor, m, 0.6, 'clause');
  }
}

export const hostsExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'hosts',
  description: 'HOSTS: place + 举办/承办/举行 + event, event + 在P + 举行/开幕/召开; 位于P的X, X位于P, X落户P; 作为X，P; P获批X; P right before a platform; place acting on a platform in one clause.',
  entityTypes: [],
  relationTypes: ['HOSTS'],
  run: hostsRule,
};
