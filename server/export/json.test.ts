/** The JSON exporter writes parseable JSON equal to the subgraph it was given. */
import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../schema/api.ts';
import { findExporter } from './registry.ts';

describe('json exporter', () => {
  it('round-trips a subgraph, empty or not', () => {
    const json = findExporter('json');
    const empty: Subgraph = { nodes: [], edges: [], truncated: false };
    const one: Subgraph = {
      nodes: [
        { id: 'person:唐大军', type: 'Person', name: '唐大军', aliases: [] },
        { id: 'org:江津区委', type: 'Organization', name: '江津区委', aliases: ['"江津"'] },
      ],
      edges: [
        {
          key: 'HOLDS_POSITION|person:唐大军|org:江津区委|书记',
          type: 'HOLDS_POSITION',
          from: 'person:唐大军',
          to: 'org:江津区委',
          title: '书记',
          confidence: 0.9,
          rule: 'office',
          evidence: [{ text: '江津区委书记唐大军', source: 'source:a.txt', start: 0, end: 9 }],
        },
      ],
      truncated: false,
    };
    for (const graph of [empty, one]) {
      const [file, ...more] = json!.files(graph);
      expect(more).toEqual([]);
      expect(JSON.parse([...file!.chunks].join(''))).toEqual(graph);
    }
  });
});
