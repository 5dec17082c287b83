/** Ingest runs write in groups bounded by the configured relations per write. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestDocument } from '../../schema/model.ts';
import { EmbeddedStore } from '../store/embedded.ts';
import { configuredIngest, ingestPaths } from './ingest.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'data', 'samples');
const quiet = { stored: () => undefined, skipped: () => undefined };

/** The embedded store, given the group write a Neo4j store has, recording each group's relation counts. */
function recordingStore(dataDir: string): { store: EmbeddedStore; groups: number[][] } {
  const groups: number[][] = [];
  const store = Object.assign(new EmbeddedStore({ dataDir }), {
    async upsertDocuments(this: EmbeddedStore, docs: readonly IngestDocument[]) {
      groups.push(docs.map((d) => d.relations.length));
      const results = [];
      for (const doc of docs) results.push(await this.upsertDocument(doc));
      return results;
    },
  });
  return { store, groups };
}

describe('configured ingest groups', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'policygraph-groups-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function groupsWith(groupRelations: number | undefined): Promise<number[][]> {
    const { store, groups } = recordingStore(folder);
    await store.open();
    try {
      const summary = await ingestPaths(store, [SAMPLES], quiet, configuredIngest({ maxFileBytes: 8 * 1024 ** 2, groupRelations }));
      expect(summary.created).toBe(5);
    } finally {
      await store.close();
    }
    return groups;
  }

  it('closes a group once it holds POLICYGRAPH_GROUP_RELATIONS relations', async () => {
    const groups = await groupsWith(100);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups.slice(0, -1)) {
      expect(group.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
      expect(group.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(100);
    }
    expect(groups.flat()).toHaveLength(5);
  });

  it('writes the five samples in one group by default', async () => {
    expect(await groupsWith(undefined)).toHaveLength(1);
  });
});
