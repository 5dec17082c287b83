import { describe, expect, it } from 'vitest';
import { newRelation, type RelationWrite } from './neo4j-bulk-rows.ts';
import { EVIDENCE_ON_RELATION } from './neo4j-evidence.ts';
import { EVIDENCE_LISTS, toRelation } from './neo4j-values.ts';

const elements = new Map([
  ['person:a', 'element-a'],
  ['org:b', 'element-b'],
]);

/** A relation of the group with `count` evidence entries, entry i saying `s{i}` at offset i. */
function write(count: number): RelationWrite {
  const indexes = Array.from({ length: count }, (_, i) => i);
  return {
    key: 'HOLDS_POSITION|person:a|org:b|书记',
    from: 'person:a',
    to: 'org:b',
    props: {
      key: 'HOLDS_POSITION|person:a|org:b|书记',
      title: '书记',
      confidence: 0.9,
      rule: 'r',
      [EVIDENCE_LISTS.text]: indexes.map((i) => `s${i}`),
      [EVIDENCE_LISTS.source]: indexes.map(() => 'source:x'),
      [EVIDENCE_LISTS.start]: indexes,
      [EVIDENCE_LISTS.end]: indexes.map((i) => i + 1),
      [EVIDENCE_LISTS.article]: indexes.map(() => ''),
      [EVIDENCE_LISTS.date]: indexes.map(() => '2025-01-01'),
      [EVIDENCE_LISTS.rule]: indexes.map(() => 'r'),
      [EVIDENCE_LISTS.confidence]: indexes.map(() => 0.9),
    },
  };
}

describe('newRelation', () => {
  it('keeps every entry on the relationship while they fit, with their count', () => {
    const made = newRelation(write(EVIDENCE_ON_RELATION), elements);
    expect(made.batch).toBeUndefined();
    expect(made.link).toMatchObject({ from: 'element-a', to: 'element-b', props: { evidence_count: EVIDENCE_ON_RELATION } });
    expect(made.link.props[EVIDENCE_LISTS.text]).toHaveLength(EVIDENCE_ON_RELATION);
  });

  it('cuts every list at the same entry and puts the rest in one batch that starts there', () => {
    const count = EVIDENCE_ON_RELATION + 7;
    const made = newRelation(write(count), elements);
    expect(made.link.props.evidence_count).toBe(count);
    for (const list of Object.values(EVIDENCE_LISTS)) {
      expect(made.link.props[list], list).toHaveLength(EVIDENCE_ON_RELATION);
      expect(made.batch?.[list], list).toHaveLength(7);
    }
    expect(made.batch).toMatchObject({ relation: 'HOLDS_POSITION|person:a|org:b|书记', at: EVIDENCE_ON_RELATION });
    expect(made.batch?.[EVIDENCE_LISTS.start]).toEqual([20, 21, 22, 23, 24, 25, 26]);
  });

  it('is read back whole, in order, from the relationship and its batch (toRelation)', () => {
    const made = newRelation(write(EVIDENCE_ON_RELATION + 3), elements);
    const relation = toRelation('HOLDS_POSITION', 'person:a', 'org:b', made.link.props, made.batch ? [made.batch] : []);
    expect(relation.evidence.map((e) => e.text)).toEqual(Array.from({ length: EVIDENCE_ON_RELATION + 3 }, (_, i) => `s${i}`));
    expect(relation.evidence[EVIDENCE_ON_RELATION]).toEqual({ text: 's20', source: 'source:x', start: 20, end: 21, date: '2025-01-01', rule: 'r', confidence: 0.9 });
  });
});
