/**
 * COOPERATES_WITH: 与/同/协同/联动/携手/联合 + a place or body + joint work in
 * the same clause (共建, 合作, 签署…) — the partner of the clause's subject (or
 * of the city of the text); two places side by side that build together
 * (重庆成都双城联动联建, 成都和重庆两地); and the short names of provinces joined
 * before joint work (川渝共建, 川渝合作), the city of the text first.
 */
import type { EntityRef, ExtractorDescriptor, Findings, MentionFinding, RelationFinding, SentenceContext } from '../types.ts';
import { cityOf, refOf, relative, subjectAt } from './subject.ts';
import { provinceByAbbreviation } from '../../gazetteer/abbreviations.ts';
import { matchesOf } from '../match.ts';

const PARTNER_BEFORE = /(?:与|同|协同|联动|携手|联合|会同|和)$/u;
const JOINT_AFTER = /^(?:共建|共同|合作|打造|抓好|推进|建设|开展|携手|联动|深化|签署|签订|签约|联合|协作|对接)/u;
/** Joint work later in the partner's clause (与成都在科技领域深化合作). */
const JOINT_LATER = /^[^，。；,;]{0,16}?(?:合作|共建|协作|签署|签订)/u;
const SIDE_BY_SIDE = /^(?:双城|两地|两市|两省)?(?:联动|联建|共建|携手|合作|协同)|^(?:两地|双城|两市|两省)/u;
const JOINED_PAIR = /^(?:和|与|、)$/u;
const LIST_MARK = /^(?:、|和|及|以及)$/u;
/** Province short names joined before joint work: 川渝共建, 湘鄂赣合作. */
const ABBREVIATED_PAIR = /([京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新港澳]{2,3})(?=两地|三地|两省|两省区|两省市|两区|共建|合作|协同|联动|携手|一体化|联合|共同|毗邻地区)/gu;

/** Words of joint work one of which an abbreviated pair needs after it (a cheap pre-check). */
const JOINT_WORD = /两地|三地|共建|合作|协同|联动|携手|一体化|联合|共同|毗邻/u;

/** A COOPERATES_WITH finding, unless both sides are one. */
function addCooperation(found: RelationFinding[], from: EntityRef, to: EntityRef, about: string | undefined): void {
  if (from.name === to.name) return;
  const r: RelationFinding = { type: 'COOPERATES_WITH', from, to, confidence: 0.65, rule: 'cooperation' };
  if (about) r.about = about;
  found.push(r);
}

function cooperation(ctx: SentenceContext): Findings {
  const relations: RelationFinding[] = [];
  // A world region (东南亚) is a market, not a party that can cooperate.
  const partners = (ctx.mentions ?? []).filter((m) => (m.type === 'Place' && m.attributes?.kind !== 'region') || (m.type === 'Organization' && !m.inOffice));
  // Every partner word holds one of these characters (与, 同, 协同, 联动, 携手, 联合, 会同, 和).
  const partnerWords = /[与同和携联会]/u.test(ctx.sentence.text);
  partners.forEach((m, i) => {
    const later = partners.slice(i + 1);
    if (partnerWords) withPartner(ctx, m, later, relations);
    if (later.length > 0) sideBySide(ctx, m, later, relations);
  });
  abbreviatedPairs(ctx, relations);
  if (partners.length >= 2) placeGroups(ctx, relations);
  return { mentions: [], relations };
}

/**
 * 与/协同 + partner(s) + joint work: the clause's subject cooperates with each
 * partner (与长沙、合肥、南昌签署…). Of two places written together (四川遂宁)
 * the more specific one is the partner.
 */
function withPartner(ctx: SentenceContext, m: MentionFinding, later: readonly MentionFinding[], found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const { start } = relative(ctx, m);
  // The longest partner word is two characters: look at those only, not the whole sentence before.
  const verb = PARTNER_BEFORE.exec(text.slice(Math.max(0, start - 2), start));
  if (!verb) return;
  const group: MentionFinding[] = [];
  let last = m;
  for (const x of later) {
    const gap = text.slice(relative(ctx, last).end, relative(ctx, x).start);
    // Of two places written together (四川达州) the more specific one is the partner, in any item of the list.
    if (gap === '') last = x;
    else if (LIST_MARK.test(gap)) {
      group.push(last);
      last = x;
    } else break;
  }
  group.push(last);
  const groupEnd = relative(ctx, last).end;
  const rest = text.slice(groupEnd);
  if (!(JOINT_AFTER.test(rest) || JOINT_LATER.test(rest))) return;
  const subject = subjectAt(ctx, start - verb[0].length);
  if (subject) for (const partner of group) addCooperation(found, subject, refOf(partner), aboutAfter(text, groupEnd));
}

/** Two places of different provinces written together before joint work (重庆成都双城联动, 成都和重庆两地合作). */
function sideBySide(ctx: SentenceContext, m: MentionFinding, later: readonly MentionFinding[], found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  const mEnd = relative(ctx, m).end;
  const next = later.find((x) => {
    if (x.start < m.end) return false;
    const gap = text.slice(mEnd, relative(ctx, x).start);
    return gap === '' || JOINED_PAIR.test(gap);
  });
  if (!next || next.type !== 'Place' || m.type !== 'Place') return;
  const sameProvince = String(m.attributes?.code ?? 'x').slice(0, 2) === String(next.attributes?.code ?? 'y').slice(0, 2);
  const end = relative(ctx, next).end;
  if (!sameProvince && SIDE_BY_SIDE.test(text.slice(end))) addCooperation(found, refOf(m), refOf(next), aboutAfter(text, end));
}

/** Places listed then counted as parties before joint work: 万州、达州、开州三地共建…. */
const COUNTED_PARTIES = /^(?:两地|三地|四地|多地|双方|三方|四方)(?:将|要|正|还|也|已)?(?:共同|携手|联合)?(?:共建|合作|携手|联动|协同|联合|签署|签订|共同|一体化)/u;

/** A list of places counted as the parties of joint work: the first named cooperates with each of the others. */
function placeGroups(ctx: SentenceContext, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  if (!/[两三四多双][地方]/u.test(text)) return;
  const places = (ctx.mentions ?? []).filter((m) => m.type === 'Place' && m.attributes?.kind !== 'region').sort((a, b) => a.start - b.start);
  let group: MentionFinding[] = [];
  for (const p of places) {
    const last = group[group.length - 1];
    const gap = last ? text.slice(relative(ctx, last).end, relative(ctx, p).start) : '';
    if (last && gap === '') group[group.length - 1] = p;
    else if (last && LIST_MARK.test(gap)) group.push(p);
    else group = [p];
    if (group.length >= 2 && COUNTED_PARTIES.test(text.slice(relative(ctx, p).end))) {
      for (const other of group.slice(1)) addCooperation(found, refOf(group[0] as MentionFinding), refOf(other), aboutAfter(text, relative(ctx, p).end + 2));
    }
  }
}

/** 川渝共建…: each pair of the provinces named by short names, the city of the text first. */
function abbreviatedPairs(ctx: SentenceContext, found: RelationFinding[]): void {
  const text = ctx.sentence.text;
  if (!JOINT_WORD.test(text)) return;
  const words = ctx.phrases();
  const city = cityOf(ctx);
  for (const m of matchesOf(ABBREVIATED_PAIR, text)) {
    if (words.startingAt(m.index) < 0) continue;
    const places = [...m[1] as string].flatMap((c) => provinceByAbbreviation(c) ?? []);
    if (places.length < 2) continue;
    const refs: EntityRef[] = places.map((d) => ({ type: 'Place', name: d.name }));
    refs.sort((a, b) => Number(b.name === city?.name) - Number(a.name === city?.name));
    const about = aboutAfter(text, m.index + (m[1] as string).length);
    for (let i = 1; i < refs.length; i++) addCooperation(found, refs[0] as EntityRef, refs[i] as EntityRef, about);
  }
}

/** What the joint work is about: the rest of the clause after the verb. */
function aboutAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from).replace(JOINT_AFTER, '').replace(SIDE_BY_SIDE, '');
  const about = rest.split(/[，。；、,;]/u)[0]?.trim();
  return about ? about.slice(0, 40) : undefined;
}

export const cooperationExtractor: ExtractorDescriptor = {
  stage: 'relations',
  id: 'cooperation',
  description: 'COOPERATES_WITH: 与/同/协同/联动 + place/body + joint work in the clause; two places of different provinces side by side + 联动/共建/两地; province short names joined (川渝共建).',
  entityTypes: [],
  relationTypes: ['COOPERATES_WITH'],
  run: cooperation,
};
