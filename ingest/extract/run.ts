/**
 * Running the extractors over a whole document: entity rules over every
 * sentence, then document-level steps (names already known are found again
 * wherever they recur; a name nested in a longer name is not a mention of its
 * own), then relation rules with the sentence's mentions, the list a line
 * belongs to (嘉宾：) and the latest gathering named in the article.
 */
import type { Sentence } from '../split.ts';
import type { WordSpan } from '../segment.ts';
import type { DocumentContext, EntityRef, ExtractorDescriptor, MentionFinding, RelationFinding, SentenceContext } from './types.ts';
import { SentenceWords } from './words.ts';
import { matchesOf } from './match.ts';
import { currentEvents, listLabels } from './gatherings.ts';
import { carriedSubjects, ownBody, weSubjects } from './relations/subject.ts';

export interface DocumentFindings {
  mentions: { mention: MentionFinding; sentence: Sentence }[];
  relations: { relation: RelationFinding; sentence: Sentence }[];
}

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
  runRelationRules(doc, sentences, contextOf, kept, relationRules, relations, speakerBodies(relations));
  const mentions = kept.flatMap((list, i) => list.map((mention) => ({ mention, sentence: sentences[i] as Sentence })));
  return { mentions, relations };
}

/**
 * A context maker per sentence: the words of each sentence are read into
 * phrases once, on first use, whichever stage asks first.
 */
function sentenceContexts(doc: DocumentContext, sentences: readonly Sentence[], words: readonly (readonly WordSpan[])[]): (i: number) => SentenceContext {
  const built: (SentenceWords | undefined)[] = new Array(sentences.length);
  return (i) => {
    const sentence = sentences[i] as Sentence;
    const own = words[i] ?? [];
    // A method, not an arrow in a const: tsx names every such arrow as it is made (keepNames), a cost per sentence.
    return {
      doc,
      sentence,
      words: own,
      phrases() {
        return (built[i] ??= new SentenceWords(own, sentence.text));
      },
    };
  };
}

function runRelationRules(
  doc: DocumentContext,
  sentences: readonly Sentence[],
  contextOf: (i: number) => SentenceContext,
  mentions: readonly MentionFinding[][],
  rules: readonly ExtractorDescriptor[],
  out: DocumentFindings['relations'],
  bodies: ReadonlyMap<string, EntityRef>,
): void {
  const labels = listLabels(doc.text, sentences);
  const events = currentEvents(sentences, mentions, labels);
  const carried = carriedSubjects(doc.text, sentences, mentions);
  const we = weSubjects(doc.text, sentences, mentions, bodies);
  sentences.forEach((sentence, i) => {
    const ctx = contextOf(i);
    ctx.mentions = mentions[i] as MentionFinding[];
    const event = events[i];
    const label = labels[i];
    if (event) ctx.recentEvent = event;
    if (label) ctx.listLabel = label;
    const subject = we[i] ?? carried[i];
    if (subject) ctx.carriedSubject = subject;
    for (const rule of rules) for (const relation of rule.run(ctx).relations) out.push({ relation, sentence });
  });
}

/** Each person's district or company (from the offices the entity rules read), for the 我们 they speak for. */
function speakerBodies(relations: DocumentFindings['relations']): Map<string, EntityRef> {
  const bodies = new Map<string, EntityRef>();
  for (const { relation } of relations) {
    if (relation.type !== 'HOLDS_POSITION' || bodies.has(relation.from.name)) continue;
    const body = ownBody(relation.to.name);
    if (body) bodies.set(relation.from.name, body);
  }
  return bodies;
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

/** Whether `m` sits inside the longer name `n`. */
function inside(m: MentionFinding, n: MentionFinding): boolean {
  return n !== m && n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start;
}

/**
 * Drops mentions that sit inside a longer name of another kind (events inside
 * events stay), and named things inside a body's name (重庆公路物流基地 in
 * 重庆公路物流基地建设有限公司).
 */
function dropNested(mentions: MentionFinding[]): MentionFinding[] {
  return mentions.filter(
    (m) =>
      m.type === 'Person' ||
      !mentions.some(
        (n) =>
          inside(m, n) &&
          ((CONTAINERS.has(n.type) && !(n.type === 'Event' && m.type === 'Event')) || (n.type === 'Organization' && CONTAINERS.has(m.type))),
      ),
  );
}
