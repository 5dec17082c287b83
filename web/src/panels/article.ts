/**
 * Pure helper for the reader: the article an evidence sentence lies in, and
 * that article's text split around the sentence (offsets are into the
 * source's normalised text, as the API gives them).
 */
import type { SourceDetail } from '../../../schema/api.ts';
import type { Article, Evidence } from '../../../schema/model.ts';

export interface ArticleView {
  /** The article holding the sentence; null when the source has none that holds it. */
  readonly article: Article | null;
  readonly before: string;
  readonly sentence: string;
  readonly after: string;
}

/** The article containing `evidence` (by id, else by offsets) and its text around the sentence. */
export function articleView(source: SourceDetail, evidence: Pick<Evidence, 'start' | 'end' | 'article'>): ArticleView {
  const article =
    source.articles.find((candidate) => candidate.id === evidence.article) ??
    source.articles.find((candidate) => candidate.start <= evidence.start && evidence.start < candidate.end) ??
    null;
  const from = article?.start ?? 0;
  const to = article?.end ?? source.text.length;
  const start = Math.min(Math.max(evidence.start, from), to);
  const end = Math.min(Math.max(evidence.end, start), to);
  return {
    article,
    before: source.text.slice(from, start),
    sentence: source.text.slice(start, end),
    after: source.text.slice(end, to),
  };
}
