/**
 * What the API contract loads: the store contract's two fixture documents with
 * each evidence entry dated by its article (so date filters have something to
 * filter), and the ids the cases ask about.
 */
import type { IngestDocument } from '../../schema/model.ts';
import { JIANGJIN, TONGNAN } from '../fixtures/documents/index.ts';

export { TANG, WEN, JIANGJIN_COMMITTEE, CONGRESS, JIANGJIN_DISTRICT, TANG_SECRETARY } from '../contract/shared.ts';

/** The document with every evidence entry carrying its article's id and date. */
export function withEvidenceDates(doc: IngestDocument): IngestDocument {
  const relations = doc.relations.map((relation) => {
    const article = doc.articles.find((a) => a.start <= relation.evidence.start && relation.evidence.end <= a.end);
    const evidence = {
      ...relation.evidence,
      ...(article ? { article: article.id } : {}),
      ...(article?.date ? { date: article.date } : {}),
    };
    return { ...relation, evidence };
  });
  return { ...doc, relations };
}

export const DATED_JIANGJIN = withEvidenceDates(JIANGJIN);
export const DATED_TONGNAN = withEvidenceDates(TONGNAN);

/** Counts after loading both (the store contract's figures). */
export const LOADED = { entities: 12, relations: 13, evidence: 14, sources: 2, articles: 3 };

/** A text file the real pipeline extracts 唐大军 → 江津区委 (书记) from. */
export const UPLOAD_TEXT = '市人大代表、江津区委书记唐大军出席会议。\n';

/** The API key the contract's server is started with. */
export const TEST_KEY = 'contract-test-key-0123456789';
