/**
 * PART_OF as official writing says a programme, corridor or platform belongs
 * to a larger one: X(也)是/作为/成为Y的重要组成部分 (内容, 支撑, 节点…) or …Y之一;
 * 作为Y的重要组成部分，X…; Y建设“X” (a code name inside a larger programme);
 * (将/把)X纳入Y; Y包括/涵盖X、Z and Y：X、Z (the items it is made of).
 */
import type { ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { refOf, relative } from './subject.ts';

const PART_KINDS = new Set(['Initiative', 'Corridor', 'Platform']);
/** What a part can belong to: a larger programme, corridor or platform, or a place (…是成渝地区的重要组成部分). */
const WHOLE_KINDS = new Set(['Initiative', 'Corridor', 'Platform', 'Place']);
/** The roles official writing gives a part: …的重要组成部分 (内容, 支撑, 抓手, 节点, 一环, 载体, 核心区…) or …之一. */
const ROLE = '(?:的(?:重要|有机|核心|关键|主要|重点)?(?:内容|组成部分|一部分|支撑|抓手|节点|支点|一环|环节|载体|核心区|承载区|承载地|先行区|示范区|主阵地|板块)|之一)';
/** X(建设)(也/已/正…)是/作为/成为Y + role, right after X. */
const PART_PHRASE = new RegExp(`^(?:建设|项目|工程)?[，,]?(?:也|已|正|将|更|还|既|均|都|已经|正在|逐步|加快)?(?:作为|是|成为|构成)([^，。；,;]{0,30}?)${ROLE}`, 'u');
/** 作为Y + role， then the part as the subject of the next clause. */
const AS_PART = new RegExp(`(?:^|[，,])作为([^，。；,;]{2,30}?)${ROLE}[，,]$`, 'u');
/** X纳入Y: a project or programme taken into a larger one (a few words may stand before Y: 纳入国家…). */
const TAKEN_INTO = /^(?:被|已|正式|首次|均|全部|成功)?(?:纳入|列入|写入)(?:[^，。；,;]{0,4}?)$/u;
/** Y包括/涵盖X、Z, or Y：X、Z: the items a programme is made of. */
const MADE_OF = /^(?:建设|体系)?(?:主要)?(?:包括|包含|涵盖|囊括)[：:]?|^[：:]/u;

const MAY_HOLD_PART = /[是为构纳列写建包涵囊：:]/u;

/** A PART_OF finding, unless the part is the whole. */
function addPart(found: RelationFinding[], part: MentionFinding, whole: MentionFinding, confidence: number, rule: string): void {
  if (part !== whole && part.name !== whole.name) found.push({ type: 'PART_OF', from: refOf(part), to: refOf(whole), confidence, rule });
}

function parts(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  // Every way of writing a part holds one of these characters: a cheap pre-check.
  if (!MAY_HOLD_PART.test(ctx.sentence.text)) return { mentions: [], relations };
  const mentions = [...(ctx.mentions ?? [])].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (!PART_KINDS.has(m.type)) continue;
    rolesAfter(ctx, mentions, m, relations);
    for (const part of listedParts(ctx, mentions, m)) addPart(relations, part, m, 0.6, 'part-of-list');
  }
  asPart(ctx, mentions, relations);
  return { mentions: [], relations };
}

/** What is written right after the part: …是Y的重要组成部分, 建设“X”, 纳入Y. */
function rolesAfter(ctx: SentenceContext, mentions: readonly MentionFinding[], m: MentionFinding, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const { end } = relative(ctx, m);
  const rest = text.slice(end);
  const phrase = PART_PHRASE.exec(rest);
  const whole = phrase ? lastWithin(mentions, m.end, m.end + phrase[0].length) : undefined;
  if (whole) addPart(found, m, whole, 0.7, 'part-of');
  if (/^建设(?=[“‘])/u.test(rest)) {
    const inner = mentions.find((x) => x.start === m.end + 2 && x.type === 'Initiative');
    if (inner) addPart(found, inner, m, 0.6, 'part-of');
  }
  const target = mentions.find((x) => x.start >= m.end && WHOLE_KINDS.has(x.type) && x.type !== 'Place' && TAKEN_INTO.test(text.slice(end, relative(ctx, x).start)));
  if (target) addPart(found, m, target, 0.65, 'part-of');
}

/** 作为Y的重要组成部分，X…: the first part-kind named after the comma is the part. */
function asPart(ctx: SentenceContext, mentions: readonly MentionFinding[], found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  if (!text.includes('作为')) return;
  for (const m of mentions) {
    if (!PART_KINDS.has(m.type)) continue;
    const { start } = relative(ctx, m);
    const role = AS_PART.exec(text.slice(0, start));
    if (!role) continue;
    const whole = lastWithin(mentions, ctx.sentence.start + role.index, m.start);
    if (whole) addPart(found, m, whole, 0.65, 'part-of');
    return;
  }
}

function lastWithin(mentions: readonly MentionFinding[], start: number, end: number): MentionFinding | undefined {
  return mentions.filter((x) => WHOLE_KINDS.has(x.type) && x.start >= start && x.end <= end).pop();
}

/** The parts listed after Y包括/涵盖 (in the clause) or Y： (to the end of the sentence). */
function listedParts(ctx: SentenceContext, mentions: readonly MentionFinding[], whole: MentionFinding): MentionFinding[] {
  const text = ctx.sentence.text;
  const { end } = relative(ctx, whole);
  const verb = MADE_OF.exec(text.slice(end));
  if (!verb) return [];
  const from = end + verb[0].length;
  const colon = /[：:]$/u.test(verb[0]);
  const stop = colon ? /[。]/u : /[，。；：,;:]/u;
  const listEnd = from + (stop.exec(text.slice(from))?.index ?? text.length - from);
  return mentions.filter((x) => x !== whole && PART_KINDS.has(x.type) && relative(ctx, x).start >= from && relative(ctx, x).end <= listEnd);
}

export const partOfExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'part-of',
  description: 'PART_OF: X是/作为/成为Y的重要组成部分 (内容, 支撑, 节点…) or Y之一; 作为Y的…，X; Y建设“X”; X纳入Y; Y包括/涵盖X、Z and Y：X、Z.',
  entityTypes: [],
  relationTypes: ['PART_OF'],
  run: parts,
};
