/**
 * Running the extractors over a whole document: entity rules over every
 * sentence, then document-level steps (names already known are found again
 * wherever they recur; a name nested in a longer name is not a mention of its
 * own), then relation rules with the sentence's mentions, the list a line
 * belongs to (嘉宾：) and the latest gathering named in the article.
 */
import type { Sentence } from '../split.ts';
import type { WordSpan } from '../segment.ts';
import type { DocumentContext, ExtractorDescriptor, MentionFinding, RelationFinding, SentenceContext } from './types.ts';
import { SentenceWords } from './words.ts';
import { matchesOf } from './match.ts';

export interface DocumentFindings {
  mentions: { mention: MentionFinding; sentence: Sentence }[];
  relations: { relation: RelationFinding; sentence: Sentence }[];
}

const LIST_LABEL = /^(?:[■●◆]\s*)?(嘉宾|解读人|主持人|主持|发言人|发布人|出席嘉宾|与会嘉宾|访谈嘉宾|对话嘉宾|点评嘉宾|特邀嘉宾|受访嘉宾|圆桌嘉宾|发布嘉宾|出席|出席人员|参会人员|与会人员|访谈人|对话人)\s*[：:]$/u;
/** Types whose names hold other names that are not mentions of their own (江北 in 重庆江北国际机场). */
const CONTAINERS = new Set(['Event', 'Initiative', 'Platform', 'Corridor', 'Document']);

/** Runs `extractors` over the sentences of one document. */
export function extractDocument(
  doc: DocumentContext,
  sentences: readonly Sentence[],
  words: readonly (readonly WordSpan[])[],
  extractors: readonly ExtractorDescriptor[],
): DocumentFindings {
  const entityRules = extractors.filter((e) => e.stage === 'entities');
  const relationRules = extractors.filter((e) => e.stage === 'relations');
  const perSentence: MentionFinding[][] = [];
  const relations: DocumentFindings['relations'] = [];
  const contextOf = sentenceContexts(doc, sentences, words);
  sentences.forEach((sentence, i) => {
    const ctx = contextOf(i);
    const mentions: MentionFinding[] = [];
    // Entity rules see what the rules before them found in the sentence (listed-kinds types only what is left).
    ctx.mentions = mentions;
    for (const rule of entityRules) {
      const found = rule.run(ctx);
      mentions.push(...found.mentions);
      for (const relation of found.relations) relations.push({ relation, sentence });
    }
    perSentence.push(mentions);
  });
  addKnownPersons(sentences, perSentence);
  const kept = perSentence.map(dropNested);
  runRelationRules(sentences, contextOf, kept, relationRules, relations);
  const mentions = kept.flatMap((list, i) => list.map((mention) => ({ mention, sentence: sentences[i] as Sentence })));
  return { mentions, relations };
}

/**
 * A context maker per sentence: the words of each sentence are read into
 * phrases once, on first use, whichever stage asks first.
 */
function sentenceContexts(doc: DocumentContext, sentences: readonly Sentence[], words: readonly (readonly WordSpan[])[]): (i: number) => SentenceContext {
  const phrases: (SentenceWords | undefined)[] = new Array(sentences.length);
  return (i) => {
    const sentence = sentences[i] as Sentence;
    const own = words[i] ?? [];
    return { doc, sentence, words: own, phrases: () => (phrases[i] ??= new SentenceWords(own, sentence.text)) };
  };
}

function runRelationRules(
  sentences: readonly Sentence[],
  contextOf: (i: number) => SentenceContext,
  mentions: readonly MentionFinding[][],
  rules: readonly ExtractorDescriptor[],
  out: DocumentFindings['relations'],
): void {
  let label: string | undefined;
  let recentEvent: MentionFinding | undefined;
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    if (previous && previous.article !== sentence.article) recentEvent = undefined;
    const labelMatch = LIST_LABEL.exec(sentence.text);
    if (labelMatch) label = labelMatch[1];
    else if (!sentence.isLine) label = undefined;
    const own = mentions[i] as MentionFinding[];
    const event = latestEvent(own, sentence);
    if (event) recentEvent = event;
    const ctx = contextOf(i);
    ctx.mentions = own;
    if (recentEvent) ctx.recentEvent = recentEvent;
    if (label && !labelMatch) ctx.listLabel = label;
    for (const rule of rules) for (const relation of rule.run(ctx).relations) out.push({ relation, sentence });
  });
}

/** An event whose decisions are cited (…全会精神, 贯彻…会议部署) or that stands for an institution (…联席会议等机制), not one taking place. */
const CITED_AFTER = /^(?:和[^，。；]{2,20}?)?(?:精神|部署|要求|决策|重要讲话)|^等?(?:机制|制度)/u;
const CITED_BEFORE = /(?:贯彻|落实|学习|传达|领会|按照|根据)[^，。；]{0,12}$/u;

/** The last-starting, then longest, event mention of a sentence that is not only cited. */
function latestEvent(mentions: readonly MentionFinding[], sentence: Sentence): MentionFinding | undefined {
  let best: MentionFinding | undefined;
  for (const m of mentions) {
    if (m.type !== 'Event') continue;
    const start = m.start - sentence.start;
    const end = m.end - sentence.start;
    if (CITED_AFTER.test(sentence.text.slice(end)) || CITED_BEFORE.test(sentence.text.slice(0, start))) continue;
    if (!best || m.start > best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best;
}

/** A person named once with an office is a mention wherever the name recurs (唐大军说…). */
function addKnownPersons(sentences: readonly Sentence[], perSentence: MentionFinding[][]): void {
  const names = new Set<string>();
  for (const list of perSentence) for (const m of list) if (m.type === 'Person') names.add(m.name);
  if (names.size === 0) return;
  const pattern = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'gu');
  sentences.forEach((sentence, i) => {
    const list = perSentence[i] as MentionFinding[];
    for (const m of matchesOf(pattern, sentence.text)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (list.some((x) => x.type === 'Person' && x.start < end && start < x.end)) continue;
      list.push({ type: 'Person', name: m[0], surface: m[0], start, end });
    }
  });
}

/** Drops mentions that sit inside a longer name of another kind (events inside events stay). */
function dropNested(mentions: MentionFinding[]): MentionFinding[] {
  return mentions.filter(
    (m) =>
      m.type === 'Person' ||
      !mentions.some(
        (n) => n !== m && CONTAINERS.has(n.type) && n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start && !(n.type === 'Event' && m.type === 'Event'),
      ),
  );
}
