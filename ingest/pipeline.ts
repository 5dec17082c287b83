/**
 * The ingest pipeline: file → decode → normalise → split → segment → extract
 * → resolve → IngestDocument (what a GraphStore upserts), and the extraction
 * contract that `policygraph extract` prints.
 */
import { readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article, Evidence, ExtractedRelation, Extraction, IngestDocument, Mention, Source } from '../schema/model.ts';
import { articleId, relationKey, sourceId } from '../schema/ids.ts';
import { readTextFile, type TextEncoding } from './read.ts';
import { normalizeText } from './normalize.ts';
import { splitArticles, splitSentences, type ArticleSpan, type Sentence } from './split.ts';
import { spanWords, wordsAcross } from './segment.ts';
import { activeExtractors, type ExtractOptions } from './extract/index.ts';
import { extractDocument } from './extract/run.ts';
import type { DocumentContext, EntityRef, RelationFinding } from './extract/types.ts';
import { resolveEntities, type LocatedMention, type ResolveContext } from './resolve.ts';
import { divisionByCode } from './gazetteer/divisions.ts';
import { documentPlace } from './context.ts';
import { withAffiliations } from './affiliations.ts';

export interface ProcessOptions extends ExtractOptions {
  /** Clock for Source.ingestedAt (injected so tests are reproducible). */
  now?: () => Date;
  /** Largest file read, in bytes (default DEFAULT_MAX_FILE_BYTES of read.ts). */
  maxFileBytes?: number;
}

interface RawInput {
  text: string;
  fileName: string;
  path: string;
  sha256: string;
  encoding: TextEncoding;
}

/** Reads, decodes and processes one file. Throws BadInputFileError for files that are not usable text. */
export async function processFile(filePath: string, options: ProcessOptions = {}): Promise<IngestDocument> {
  const decoded = await readTextFile(filePath, options.maxFileBytes === undefined ? {} : { maxBytes: options.maxFileBytes });
  return processInput({ ...decoded, fileName: path.basename(filePath), path: filePath }, options);
}

/** Processes text already in memory (pure): sha256 of its UTF-8, encoding utf-8. */
export function processText(text: string, fileName: string, options: ProcessOptions = {}): IngestDocument {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return processInput({ text, fileName, path: fileName, sha256, encoding: 'utf-8' }, options);
}

function processInput(input: RawInput, options: ProcessOptions): IngestDocument {
  const raw = input.text.replace(/^\ufeff/u, '');
  const normalized = normalizeText(raw, { wordsAcross });
  const text = normalized.text;
  const spans = splitArticles(text);
  const sentences = splitSentences(text, spans);
  const words = spanWords(text, sentences);
  const doc: DocumentContext = { text, ...documentPlace(words) };
  const findings = extractDocument(doc, sentences, words, activeExtractors(options));
  const mentions: LocatedMention[] = findings.mentions.map(({ mention, sentence }) => ({ ...mention, article: sentence.article }));
  const found = findings.relations;
  const refs: EntityRef[] = found.flatMap(({ relation }) => [relation.from, relation.to]);
  const resolution = resolveEntities(mentions, refs, resolveContext(doc));
  const articles = spans.map((a) => toArticle(a, input.fileName));
  const relations = found.map(({ relation, sentence }) => toRelation(relation, sentence, articles, input.fileName, resolution.idOf));
  const mentionRows: Mention[] = [];
  for (const [entity, perArticle] of resolution.counts) {
    for (const [index, count] of perArticle) mentionRows.push({ entity, article: (articles[index] as Article).id, count });
  }
  const now = options.now ?? (() => new Date());
  const source: Source = {
    id: sourceId(input.fileName),
    path: input.path,
    name: input.fileName,
    sha256: input.sha256,
    title: articles.find((a) => a.title)?.title ?? input.fileName,
    encoding: input.encoding,
    chars: text.length,
    ingestedAt: now().toISOString(),
  };
  const kept = dedupeRelations(relations);
  return { source, text, articles, entities: withAffiliations(resolution.entities, kept, doc), relations: kept, mentions: mentionRows };
}

/** What a bare 市 and a bare 省 refer to in this document. */
function resolveContext(doc: DocumentContext): ResolveContext {
  const ctx: ResolveContext = {};
  if (doc.city) ctx.city = doc.city;
  const province = doc.province ? divisionByCode(doc.province) : undefined;
  if (province?.name.endsWith('省')) ctx.province = province.name;
  return ctx;
}

function toArticle(span: ArticleSpan, fileName: string): Article {
  const article: Article = { id: articleId(fileName, span.index), source: sourceId(fileName), index: span.index, title: span.title, start: span.start, end: span.end };
  if (span.byline) article.byline = span.byline;
  if (span.date) article.date = span.date;
  return article;
}

function toRelation(r: RelationFinding, sentence: Sentence, articles: Article[], fileName: string, idOf: (ref: EntityRef) => string): ExtractedRelation {
  const article = articles[sentence.article];
  const evidence: Evidence = { text: sentence.text, source: sourceId(fileName), start: sentence.start, end: sentence.end, rule: r.rule, confidence: r.confidence };
  if (article) evidence.article = article.id;
  if (article?.date) evidence.date = article.date;
  const relation: ExtractedRelation = { type: r.type, from: idOf(r.from), to: idOf(r.to), confidence: r.confidence, rule: r.rule, evidence };
  if (r.title !== undefined) relation.title = r.title;
  if (r.role !== undefined) relation.role = r.role;
  if (r.about !== undefined) relation.about = r.about;
  return relation;
}

/** The same relation seen twice in one sentence (two rules, or a repeated phrase) is kept once. */
function dedupeRelations(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const key = `${relationKey(r.type, r.from, r.to, r.title)}|${r.evidence.start}`;
    const before = seen.get(key);
    if (!before || before.confidence < r.confidence) seen.set(key, r);
  }
  return [...seen.values()];
}

/**
 * The extraction contract (DESIGN.md): entities, and each relation once with
 * its most confident evidence.
 */
export function toExtraction(doc: IngestDocument): Extraction {
  const best = new Map<string, ExtractedRelation>();
  for (const r of doc.relations) {
    const key = relationKey(r.type, r.from, r.to, r.title);
    const before = best.get(key);
    if (!before || before.confidence < r.confidence) best.set(key, r);
  }
  return { source: doc.source.name, entities: doc.entities, relations: [...best.values()] };
}

/** Expands directories to their .txt files (recursively, sorted); missing paths are reported, not thrown. */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) for (const f of await textFilesUnder(p)) files.add(f);
    else files.add(p);
  }
  return { files: [...files].sort(), missing };
}

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name));
}
