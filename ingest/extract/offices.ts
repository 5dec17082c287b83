/**
 * Offices as official texts write them: a chain of organisation + title
 * segments joined by 、 or ，, then the holder's name ("市人大代表、江津区委书记
 * 唐大军", "市发展改革委党组书记、主任高健", "重庆机场集团党委书记、董事长、
 * 总经理 黄伟"). Each segment gives one HOLDS_POSITION; a segment without its own
 * organisation belongs to the one before it (董事长 of 重庆机场集团).
 */
import type { EntityRef, ExtractorDescriptor, Findings, MentionFinding, SentenceContext } from './types.ts';
import { GOVERNMENT_HEAD, JURISDICTION_PREFIX, ORG_SUFFIX, TITLE_AT_END, TITLE_SOURCE } from './lexicon.ts';
import { plausibleName, readNames, type NameSpan } from './names.ts';
import { isByline } from '../split.ts';
import { matchesOf } from './match.ts';
import { lookupPlace } from './places.ts';

/** One organisation + title segment of a chain, offsets relative to the sentence. */
export interface OfficeSegment {
  org?: string;
  orgStart?: number;
  orgEnd?: number;
  /** The organisation was not written in this segment but taken from an earlier one. */
  inherited: boolean;
  title: string;
}

const TITLE_GLOBAL = new RegExp(`${TITLE_SOURCE}(?:[(（]兼[)）])?`, 'gu');
const CONCURRENT = /[(（]兼[)）]$/u;
const SEPARATOR = /[、，,]/u;
/** Text before an organisation that is not part of its name (出席会议的…, 据…). */
const LEADING_CLAUSE = /^(?:.*(?:的|了|在|由|请|是|被|：|:)|据)/u;
const MAX_ORG_LENGTH = 30;

/** Parses the office chain that ends at `end` in `text` (the sentence), right to left. */
export function parseOfficeChain(text: string, end: number): OfficeSegment[] {
  const segments: OfficeSegment[] = [];
  let segEnd = end;
  while (segEnd > 0) {
    let segStart = segEnd;
    while (segStart > 0 && !SEPARATOR.test(text[segStart - 1] as string)) segStart--;
    const segment = readSegment(text, segStart, segEnd, segments.length === 0);
    if (!segment) break;
    segments.unshift(segment);
    // A segment that began with other words (出席会议的…) is where the chain starts.
    const leadingWords = segment.orgStart !== undefined && text.slice(segStart, segment.orgStart).trim() !== '';
    if (segStart === 0 || leadingWords) break;
    segEnd = segStart - 1;
  }
  return inheritOrganisations(segments);
}

function readSegment(text: string, start: number, end: number, rightmost: boolean): OfficeSegment | undefined {
  const raw = text.slice(start, end).replace(CONCURRENT, '').trimEnd();
  const title = TITLE_AT_END.exec(raw);
  if (!title) return undefined;
  const before = raw.slice(0, title.index).trimStart();
  const lead = raw.length - raw.trimStart().length;
  if (before === '') return { inherited: false, title: title[0] };
  const trimmed = before.replace(LEADING_CLAUSE, '');
  let org = trimmed.replace(/^[■□◆●\s]+/u, '');
  let titleText = title[0];
  // 两江新区党工委副书记: a party committee of a place that is not itself a body belongs to the body's name.
  const party = /^(党工委|党委|党组)(.+)$/u.exec(titleText);
  if (party && !ORG_SUFFIX.test(org) && org.length >= 2) {
    org = `${org}${party[1]}`;
    titleText = party[2] as string;
  }
  const orgStart = start + lead + (before.length - trimmed.replace(/^[■□◆●\s]+/u, '').length);
  const government = governmentOf(org, titleText);
  if (government) return { org: government, orgStart, orgEnd: orgStart + org.length, inherited: false, title: titleText };
  if (!ORG_SUFFIX.test(org) || org.length < 2 || org.length > MAX_ORG_LENGTH) {
    return rightmost && GOVERNMENT_HEAD.test(title[0]) ? { inherited: false, title: title[0] } : undefined;
  }
  return { org, orgStart, orgEnd: orgStart + org.length, inherited: false, title: titleText };
}

/** A division written before the head of its government: 青白江区区长 → 青白江区政府, 自治区主席 → 自治区人民政府. */
const DIVISION = /^\p{Script=Han}{1,10}(?:省|市|区|县|州|镇|乡)$/u;
/** Words for "this district", "the whole city": not the name of one. */
const NOT_A_DIVISION = /^(?:该|本|全|各|我|此|其|副)/u;

function governmentOf(place: string, title: string): string | undefined {
  if (/自治区$/u.test(place) && /^(?:常务)?副?主席$/u.test(title)) return `${place}人民政府`;
  const head = GOVERNMENT_HEAD.exec(title);
  if (!head || NOT_A_DIVISION.test(place)) return undefined;
  // 青白江区区长 is 青白江区政府; 成都市长 (a short name) is 成都市政府.
  if (DIVISION.test(place) && place.endsWith(head[1] as string)) return `${place}政府`;
  return lookupPlace(place, {}) ? `${place}${head[1]}政府` : undefined;
}

/** Segments without an organisation take the nearest one to their left; 市长 belongs to 市政府. */
function inheritOrganisations(segments: OfficeSegment[]): OfficeSegment[] {
  let last: string | undefined;
  for (const seg of segments) {
    const head = GOVERNMENT_HEAD.exec(seg.title);
    if (head && (seg.org === undefined || !ORG_SUFFIX.test(seg.org) || /(?:省|市|区|县|州|镇|乡)$/u.test(seg.org))) {
      // 青白江区委副书记、区长: the head of the government of the district the chain began with.
      const level = head[1] as string;
      const place = seg.org === undefined && last !== undefined ? new RegExp(`^(?:中共)?(\\p{Script=Han}*?${level})(?:委|政府|人民政府)`, 'u').exec(last)?.[1] : undefined;
      seg.org = place ? `${place}政府` : `${seg.org ?? ''}${level}政府`;
      seg.inherited = seg.orgStart === undefined;
    } else if (seg.org === undefined) {
      if (last === undefined) continue;
      seg.org = last;
      seg.inherited = true;
    } else if (last !== undefined && seg.org === '管委会' && /(?:党工委|党委)$/u.test(last)) {
      // 两江新区党工委副书记、管委会副主任: the administrative committee of the same place.
      seg.org = `${last.replace(/(?:党工委|党委)$/u, '')}${seg.org}`;
    } else if (last !== undefined && !JURISDICTION_PREFIX.test(seg.org) && seg.org.length <= 4 && /(?:委|部|办|厅)$/u.test(seg.org) && /委$/u.test(last)) {
      // A party department written without its committee (市委常委、…、政法委书记 → 市委政法委).
      seg.org = `${last}${seg.org}`;
    }
    last = seg.org;
  }
  return segments;
}

/** `新重庆-重庆日报` is the brand line of 重庆日报: the part after the dash is the name. */
export function mediaName(org: string): { name: string; aliases: string[] } {
  const dash = /^[\p{Script=Han}A-Za-z]+[-－—·]([\p{Script=Han}]{2,}(?:报|台|社|网))$/u.exec(org);
  return dash ? { name: dash[1] as string, aliases: [org] } : { name: org, aliases: [] };
}

/** Leaders named as a group before their names (市领导刘尚进、郑向东参加; 出席活动的省领导有…). */
const LEADERS = /(?:中央|国家|省|市|区|县|州|自治区)领导(?:同志)?(?:有|还有)?/gu;

/** Persons listed after 省领导, 市领导…: a 、 list of names, the last one glued to what follows. */
function leaderNames(text: string): NameSpan[] {
  if (!text.includes('领导')) return [];
  const names: NameSpan[] = [];
  for (const m of matchesOf(LEADERS, text)) {
    let at = m.index + m[0].length;
    for (;;) {
      const sep = text.indexOf('、', at);
      const item = sep > at ? text.slice(at, sep) : '';
      if (item !== '' && item.length <= 4 && plausibleName(item)) {
        names.push({ name: item, start: at, end: sep, delimited: true });
        at = sep + 1;
        continue;
      }
      names.push(...readNames(text, at));
      break;
    }
  }
  return names;
}

function officeFindings(ctx: SentenceContext): Findings {
  const { sentence } = ctx;
  const text = sentence.text;
  const rule = isByline(text) ? 'byline' : 'office-chain';
  const out: Findings = { mentions: [], relations: [] };
  for (const name of leaderNames(text)) addHolder(out, ctx, name, [], rule);
  const first = ctx.sentence.isLine ? nameFirst(text) : undefined;
  if (first) addHolder(out, ctx, first.name, officeAfterName(text, first.name.end, first.officeEnd), rule);
  const dateline = text.includes('讯') || text.includes('电') ? datelineOutlet(text) : undefined;
  for (const m of matchesOf(TITLE_GLOBAL, text)) {
    const end = (m.index ?? 0) + m[0].length;
    const names = readNames(text, end);
    if (names.length === 0) continue;
    const inDateline = dateline !== undefined && m.index < dateline.close && /^(?:见习)?记者$|^实习生$/u.test(m[0]);
    const chain = inDateline ? [{ org: dateline.org, orgStart: dateline.start, orgEnd: dateline.end, inherited: false, title: m[0] }] : parseOfficeChain(text, end);
    for (const name of names) addHolder(out, ctx, name, chain, inDateline ? 'byline' : rule);
  }
  return out;
}

/** A list line that names the person first and the office after it: 柴蕾 万州区文旅委主任, 谭毅（重庆三峡学院院长）. */
const NAME_FIRST = new RegExp(`^(?:[■●◆]\\s*)?(\\p{Script=Han}{2,4})(?:\\s+|[（(])(?=\\S)[^（）()]*?${TITLE_SOURCE}[）)]?$`, 'u');

/** A cheap pre-check for NAME_FIRST: a short word, then a space or an opening bracket. */
const NAME_THEN_BREAK = /^(?:[■●◆]\s*)?\p{Script=Han}{2,4}[\s（(]/u;

function nameFirst(text: string): { name: NameSpan; officeEnd: number } | undefined {
  const m = NAME_THEN_BREAK.test(text) ? NAME_FIRST.exec(text) : null;
  const name = m?.[1];
  if (!m || name === undefined || !plausibleName(name)) return undefined;
  const start = m[0].indexOf(name);
  return { name: { name, start, end: start + name.length, delimited: true }, officeEnd: /[）)]$/u.test(text) ? text.length - 1 : text.length };
}

/** The office chain written after a name, with offsets into the whole line. */
function officeAfterName(text: string, nameEnd: number, officeEnd: number): OfficeSegment[] {
  let start = nameEnd;
  while (start < officeEnd && /[\s（(]/u.test(text.charAt(start))) start++;
  return parseOfficeChain(text.slice(start, officeEnd), officeEnd - start).map((seg) =>
    seg.orgStart === undefined || seg.orgEnd === undefined ? seg : { ...seg, orgStart: seg.orgStart + start, orgEnd: seg.orgEnd + start },
  );
}

/** A lead that opens with its dateline and reporters: 本报讯（记者 张三）, 新华社成都9月1日电（记者 李四）. */
const DATELINE = /^(?:[■□◆]\s*)?([\p{Script=Han}A-Za-z\d]{1,20}?)(?:讯|电)\s*[（(]([^（）()]{2,40})[）)]/u;
/** The outlet of a dateline, without the place and day it was filed from (新华社成都9月1日 → 新华社). */
const OUTLET = /^\p{Script=Han}{1,12}?(?:社|日报|晚报|报|电视台|台|网)/u;

/** The outlet a dateline names and where its parenthesis closes (reporters named inside work for the outlet). */
function datelineOutlet(text: string): { org: string; start: number; end: number; close: number } | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const lead = m[0].indexOf(m[1] as string);
  const org = OUTLET.exec(m[1] as string)?.[0] ?? (m[1] as string);
  return { org, start: lead, end: lead + org.length, close: m[0].length };
}

function addHolder(out: Findings, ctx: SentenceContext, name: NameSpan, chain: OfficeSegment[], rule: string): void {
  const base = ctx.sentence.start;
  const person: EntityRef = { type: 'Person', name: name.name };
  out.mentions.push({ type: 'Person', name: name.name, surface: name.name, start: base + name.start, end: base + name.end });
  for (const seg of chain) {
    if (seg.org === undefined) continue;
    const media = mediaName(seg.org);
    if (seg.orgStart !== undefined && seg.orgEnd !== undefined && !seg.inherited) {
      const mention: MentionFinding = { type: 'Organization', name: media.name, surface: seg.org, start: base + seg.orgStart, end: base + seg.orgEnd, inOffice: true };
      if (media.aliases.length > 0) mention.aliases = media.aliases;
      out.mentions.push(mention);
    }
    const confidence = (name.delimited ? 0.9 : 0.8) - (seg.inherited ? 0.05 : 0);
    out.relations.push({ type: 'HOLDS_POSITION', from: person, to: { type: 'Organization', name: media.name }, title: seg.title, confidence, rule });
  }
}

export const officeExtractor: ExtractorDescriptor = {
  stage: 'entities',
  id: 'office-chain',
  description: 'Offices written before a name (江津区委书记 唐大军; 党组书记、主任高健; bylines 重庆日报记者 张珺): Person, Organization and HOLDS_POSITION per title.',
  entityTypes: ['Person', 'Organization'],
  relationTypes: ['HOLDS_POSITION'],
  run: officeFindings,
};
