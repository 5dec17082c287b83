/**
 * Shapes shared by the extractors: what a rule sees (a sentence in its
 * document) and what it reports (mentions and relations with offsets).
 */
import type { EntityType, RelationType } from '../../schema/model.ts';
import type { Sentence } from '../split.ts';
import type { WordSpan } from '../segment.ts';
import type { SentenceWords } from './words.ts';

/** An entity named in the text. `name` is the canonical form the rule chose, `surface` what was printed. */
export interface MentionFinding {
  type: EntityType;
  name: string;
  surface: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Other written forms the rule knows for certain (新重庆-重庆日报 for 重庆日报). */
  aliases?: string[];
  attributes?: Record<string, string | number | boolean>;
  /** Written as part of an office before a name (市发展改革委 in …党组书记、主任高健): not a sentence subject. */
  inOffice?: boolean;
  /** Named as one example of a list (新加坡、纽约等城市): not a sentence subject either. */
  listed?: boolean;
}

/** An endpoint of a relation: type + name as the rule wrote it, resolved to an id later. */
export interface EntityRef {
  type: EntityType;
  name: string;
}

export interface RelationFinding {
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  title?: string;
  role?: string;
  about?: string;
  confidence: number;
  rule: string;
}

export interface Findings {
  mentions: MentionFinding[];
  relations: RelationFinding[];
}

/** What the whole document tells every rule. */
export interface DocumentContext {
  /** The normalised text. */
  text: string;
  /** The city a bare 市 refers to (重庆), if the text shows one. */
  city?: string;
  /** GB/T 2260 code of the province-level division the text is about (500000), if it shows one. */
  province?: string;
}

export interface SentenceContext {
  doc: DocumentContext;
  sentence: Sentence;
  /** Words of the sentence (jieba, one cut per document) with sentence offsets, shared by the rules. */
  words: readonly WordSpan[];
  /** The words with parentheticals merged and offset lookups, built on first use and shared. */
  phrases(): SentenceWords;
  /** Entity mentions of this sentence found by the entity rules (relation rules read them). */
  mentions?: readonly MentionFinding[];
  /** The latest gathering (Event) named in the article up to this sentence. */
  recentEvent?: MentionFinding;
  /** The subject an earlier sentence of the paragraph set (江津将…。积极实施…): the actor where this one writes none. */
  carriedSubject?: EntityRef;
  /** The label of the list this line belongs to (嘉宾, 解读人, 主持人), if any. */
  listLabel?: string;
}

export interface ExtractorDescriptor {
  id: string;
  /** Entity rules run first over every sentence; relation rules then see their mentions. */
  stage: 'entities' | 'relations';
  description: string;
  entityTypes: readonly EntityType[];
  relationTypes: readonly RelationType[];
  run(ctx: SentenceContext): Findings;
}
