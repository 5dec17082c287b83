/**
 * Graphs the export tests write: the sample corpus as the real pipeline stores
 * it, and a small hand-made graph of awkward values (XML and CSV metacharacters,
 * quotes, backslashes, line breaks, control characters, emoji, both array
 * delimiter candidates ';' and '|', numbers and booleans as attributes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Subgraph } from '../../schema/api.ts';
import { listInputFiles, processFile } from '../../ingest/pipeline.ts';
import { EmbeddedStore } from '../../server/store/embedded.ts';

/** The samples ingested into a fresh embedded store, and the graph it exports. */
export async function sampleGraph(): Promise<Subgraph> {
  const folder = await mkdtemp(join(tmpdir(), 'policygraph-export-'));
  const store = new EmbeddedStore({ dataDir: folder });
  try {
    await store.open();
    const { files } = await listInputFiles(['data/samples']);
    for (const file of files) await store.upsertDocument(await processFile(file, { now: () => new Date('2025-01-01T00:00:00Z') }));
    return await store.exportGraph();
  } finally {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  }
}

const A = 'person:A&B <"C">';
const B = 'org:控制\u0001字符';
const C = 'corridor:🚄 西部陆海新通道';

export const AWKWARD: Subgraph = {
  truncated: false,
  nodes: [
    {
      id: A,
      type: 'Person',
      name: 'A&B <"C">',
      aliases: ['a;b', 'x|y', 'q"uote', "it's", 'back\\slash'],
      mentions: 2,
      attributes: { code: '500101', level: 3, homonym: true },
    },
    { id: B, type: 'Organization', name: '控制\u0001字符', aliases: [], mentions: 0 },
    { id: C, type: 'Corridor', name: '🚄 西部陆海新通道', aliases: ['通道,主枢纽'], mentions: 1, attributes: { scope: 'national' } },
  ],
  edges: [
    {
      key: `HOLDS_POSITION|${A}|${B}|书记 "代理"`,
      type: 'HOLDS_POSITION',
      from: A,
      to: B,
      title: '书记 "代理"',
      confidence: 1,
      rule: 'office-chain',
      evidence: [
        { text: 'line one\nline two\ttab; semi | bar \\ back \'q\' "dq" <tag> & amp', source: 'source:a,b.txt', start: 0, end: 40, article: 'article:a,b.txt#0', date: '2025-01-20', rule: 'office-chain', confidence: 1 },
        { text: '控制字符\u0001\u0007与 emoji 🚄', source: 'source:c.txt', start: 5, end: 17, rule: 'office-chain', confidence: 0.75 },
      ],
    },
    {
      key: `HOSTS|${B}|${C}|`,
      type: 'HOSTS',
      from: B,
      to: C,
      confidence: 0.5,
      rule: 'hosts',
      evidence: [{ text: 'CR\r\nLF', source: 'source:c.txt', start: 1, end: 5, rule: 'hosts', confidence: 0.5 }],
    },
  ],
};
