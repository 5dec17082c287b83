/**
 * Writes an ingest run's documents to the store, in input order. A store that
 * writes several documents in one unit of work (GraphStore.upsertDocuments:
 * Neo4j, one transaction per group) gets them in groups bounded by documents,
 * relations and characters of text, so memory stays bounded and a crash leaves
 * whole groups — whole documents — only. The next group is gathered while the
 * previous one is written, so processing and writing overlap. Documents are
 * reported only once their group is written: what a killed run reported is
 * stored. A group the store refuses for its content (VALIDATION) is written
 * again one document at a time, so only the bad document is skipped.
 */
import { PolicyGraphError } from '../../schema/errors.ts';
import type { UpsertResult } from '../../schema/api.ts';
import type { IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../store/types.ts';
import type { IngestReporter, IngestSummary } from './ingest.ts';

export interface GroupLimits {
  /** Most documents in one write. */
  documents: number;
  /** A group is written once its documents hold this many relations. */
  relations: number;
  /** …or this many characters of text (a Source keeps its text). */
  chars: number;
}

/**
 * Sized on the 100 MB scale corpus into Neo4j with a 2 GB heap (docs/neo4j.md): fewer, larger
 * groups pay the per-transaction work less often (20,000 relations: 133 and 138 s; 10,000: 154 and
 * 146 s). With a 1 GB heap groups this large were slower, not faster:
 * POLICYGRAPH_GROUP_RELATIONS=10000 there.
 */
export const DEFAULT_GROUP: GroupLimits = { documents: 200, relations: 20_000, chars: 4_000_000 };

interface Pending {
  path: string;
  document: IngestDocument;
}

export class GroupWriter {
  private group: Pending[] = [];
  private sources = new Set<string>();
  private relations = 0;
  private chars = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly report: IngestReporter,
    private readonly summary: IngestSummary,
    private readonly limits: GroupLimits,
  ) {}

  /** Takes the next document; resolves once it may be given another (the write before the last group has finished). */
  async add(path: string, document: IngestDocument): Promise<void> {
    if (!this.store.upsertDocuments) {
      await this.writeOne({ path, document });
      return;
    }
    // Two files may share a name (sources are keyed by it): the second waits for the next group.
    if (this.sources.has(document.source.id)) await this.flush();
    this.group.push({ path, document });
    this.sources.add(document.source.id);
    this.relations += document.relations.length;
    this.chars += document.text.length;
    const full = this.group.length >= this.limits.documents || this.relations >= this.limits.relations || this.chars >= this.limits.chars;
    if (full) await this.flush();
  }

  /** Writes what is left and waits for every write. */
  async finish(): Promise<void> {
    await this.flush();
    await this.writing;
  }

  /** Starts writing the current group once the previous write is done; waits only for that previous one. */
  private async flush(): Promise<void> {
    const group = this.group;
    this.group = [];
    this.sources = new Set();
    this.relations = 0;
    this.chars = 0;
    await this.writing;
    if (group.length === 0) return;
    this.writing = this.writeGroup(group);
    // A failed write is reported by the next flush or finish(); until then it is not an unhandled rejection.
    this.writing.catch(() => undefined);
  }

  private async writeGroup(group: Pending[]): Promise<void> {
    let results: UpsertResult[];
    try {
      results = await (this.store.upsertDocuments as NonNullable<GraphStore['upsertDocuments']>)(group.map((p) => p.document));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      for (const pending of group) await this.writeOne(pending);
      return;
    }
    results.forEach((result, i) => this.stored((group[i] as Pending).path, result));
  }

  /** One document; a document the store refuses for its content is skipped with the store's reason. */
  private async writeOne({ path, document }: Pending): Promise<void> {
    let result: UpsertResult;
    try {
      result = await this.store.upsertDocument(document);
    } catch (error) {
      // The store refused this document's content (VALIDATION); anything else (the store is down) stops the run.
      if (!isRefusal(error)) throw error;
      this.report.skipped(`${path}: ${(error as Error).message}`);
      this.summary.skipped++;
      return;
    }
    this.stored(path, result);
  }

  private stored(path: string, result: UpsertResult): void {
    this.summary[result.status]++;
    this.report.stored(path, result);
  }
}

function isRefusal(error: unknown): boolean {
  return error instanceof PolicyGraphError && error.code === 'VALIDATION';
}
