/**
 * The documented exceptions to "no string-built Cypher": every place where
 * code puts text into Cypher, with how many times, and why that text can never
 * come from input. Anything not listed here fails tests/cypher-built.test.ts.
 * A new entry needs a reason of the same kind: a fixed literal, a name from the
 * model's fixed lists checked to be a plain identifier, or (user Cypher only)
 * the guarded query itself.
 */
export interface Allowed {
  file: string;
  /** The interpolated expression (white space collapsed), or `+`; for a query call, its first argument. */
  expression: string;
  /**
   * How many times it may occur in the file; absent for a module constant whose
   * value is fixed once (another use of it adds no risk, a new expression does).
   */
  count?: number;
  why: string;
}

const MODEL_NAMES = 'a label or relationship type from ENTITY_TYPES / RELATION_TYPES, checked against /^[A-Z][A-Za-z_]*$/ when the query constants are made at load';

const EVIDENCE_LISTS_WHY = 'property names of EVIDENCE_LISTS, a fixed list of literals';
const EVIDENCE_FRAGMENT = 'a fixed fragment of neo4j-evidence.ts over the variable r or a row named by a literal, EVIDENCE_LISTS and EVIDENCE_ON_RELATION';

export const ALLOWED_CYPHER_PIECES: readonly Allowed[] = [
  { file: 'server/store/neo4j-read-queries.ts', expression: 'RELS', why: `every relation type joined with |: ${MODEL_NAMES}` },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'RELATION_FIELDS', why: 'a fixed literal RETURN list' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'SOURCE_FIELDS', why: 'a fixed literal map projection' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'type', count: 4, why: MODEL_NAMES },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'label', count: 2, why: MODEL_NAMES },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'KEY_PARAMETERS[type]', count: 1, why: 'a parameter name keys_<TYPE> made from the model types' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'pattern', count: 4, why: 'one of a few fixed patterns (per direction / per relation query / per page run) written in this file' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'i', count: 6, why: 'the index of a page run in PAGE_RUNS, a number fixed at load' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'i + 1', count: 2, why: 'the index of the page run after run i, a number fixed at load' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "PAGE_RUNS.map(runSize).join(',\\n ')", why: 'fixed size expressions per page run, written in this file over the model types' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "PAGE_RUNS.map(runPart).join('')", why: 'fixed subqueries per page run, written in this file over the model types' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "PAGE_PARTS.join(', ')", why: 'variable names part0…part15, fixed at load' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "PAGE_PARTS.join(' + ')", why: 'variable names part0…part15, fixed at load' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'condition', count: 1, why: 'one of a few fixed WHERE fragments written in this file; values go as $parameters' },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'Math.max(length, 1)', count: 1, why: 'a path length from the fixed range 1…MAX_PATH_LENGTH, one query per length made at load' },
  {
    file: 'server/store/neo4j-read-queries.ts',
    expression: "['key', 'title', 'role', 'about', 'confidence', 'rule'].map((name) => `${name}: r.${name}`).join(', ')",
    count: 1,
    why: 'property names from a fixed list of literals',
  },
  {
    file: 'server/store/neo4j-read-queries.ts',
    expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: r.${list}[0..$evidenceLimit]`).join(', ')",
    count: 1,
    why: 'property names of EVIDENCE_LISTS, a fixed list of literals',
  },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'EVIDENCE_LISTS.source', count: 1, why: 'a property name from EVIDENCE_LISTS, a fixed literal' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "degreeOf('o')", count: 2, why: 'a fixed expression over a variable named by a literal in this file, and RELS' },
  { file: 'server/store/neo4j-read-queries.ts', expression: "degreeOf('e')", count: 1, why: 'a fixed expression over a variable named by a literal in this file, and RELS' },
  { file: 'server/store/neo4j-write-queries.ts', expression: "countedDegree('e')", count: 2, why: 'a fixed COUNT over RELS for the variable e, written in neo4j-read-queries.ts' },
  { file: 'server/store/neo4j-write-queries.ts', expression: 'label', count: 1, why: MODEL_NAMES },
  { file: 'server/store/neo4j-write-queries.ts', expression: 'targetLabel', count: 1, why: "'Article' or 'Source', a fixed literal" },
  { file: 'server/store/neo4j-write-queries.ts', expression: 'type', count: 1, why: MODEL_NAMES },
  { file: 'server/store/neo4j-write-queries.ts', expression: "EVIDENCE_LIST_NAMES.map((list) => `r.${list} = []`).join(', ')", count: 1, why: 'property names of EVIDENCE_LISTS, a fixed list of literals' },
  { file: 'server/store/neo4j-bulk-queries.ts', expression: 'label', count: 1, why: MODEL_NAMES },
  { file: 'server/store/neo4j-bulk-queries.ts', expression: 'type', count: 3, why: MODEL_NAMES },
  {
    file: 'server/store/neo4j-bulk-queries.ts',
    expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: row.props.${list}`).join(', ')",
    count: 1,
    why: 'property names of EVIDENCE_LISTS, a fixed list of literals',
  },
  { file: 'server/store/neo4j-write-queries.ts', expression: "appendEvidence('row')", count: 1, why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-bulk-queries.ts', expression: "appendEvidence('row.props')", count: 1, why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'EVIDENCE_BATCHES', why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'EVIDENCE_COUNT', why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-read-queries.ts', expression: 'EVIDENCE_DATES', why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-evidence.ts', expression: 'props', why: "'row' or 'row.props', the only values the fragment's parameter type allows" },
  { file: 'server/store/neo4j-evidence.ts', expression: 'EVIDENCE_COUNT', why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-evidence.ts', expression: 'HAS_BATCHES', why: EVIDENCE_FRAGMENT },
  { file: 'server/store/neo4j-evidence.ts', expression: 'EVIDENCE_ON_RELATION', why: 'a number fixed in the code (the default evidence limit of an entity page)' },
  { file: 'server/store/neo4j-evidence.ts', expression: 'EVIDENCE_LISTS.source', why: 'a property name from EVIDENCE_LISTS, a fixed literal' },
  { file: 'server/store/neo4j-evidence.ts', expression: 'EVIDENCE_LISTS.date', why: 'a property name from EVIDENCE_LISTS, a fixed literal' },
  { file: 'server/store/neo4j-evidence.ts', expression: 'EVIDENCE_LISTS.confidence', why: 'a property name from EVIDENCE_LISTS, a fixed literal' },
  { file: 'server/store/neo4j-evidence.ts', expression: "EVIDENCE_LIST_NAMES.map((list) => `r.${list} = r.${list} + ${props}.${list}[0..room]`).join(',\\n ')", count: 1, why: EVIDENCE_LISTS_WHY },
  { file: 'server/store/neo4j-evidence.ts', expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: ${props}.${list}[room..]`).join(', ')", count: 1, why: EVIDENCE_LISTS_WHY },
  { file: 'server/store/neo4j-evidence.ts', expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: row.${list}`).join(', ')", count: 1, why: EVIDENCE_LISTS_WHY },
  { file: 'server/store/neo4j-evidence.ts', expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: ${allEntries(list)}`).join(',\\n ')", count: 1, why: EVIDENCE_LISTS_WHY },
  {
    file: 'server/store/neo4j-evidence.ts',
    expression: "EVIDENCE_LIST_NAMES.map((list) => `r.${list} = [i IN keep[0..${EVIDENCE_ON_RELATION}] | entries.${list}[i]]`).join(',\\n ')",
    count: 1,
    why: EVIDENCE_LISTS_WHY,
  },
  {
    file: 'server/store/neo4j-evidence.ts',
    expression: "EVIDENCE_LIST_NAMES.map((list) => `${list}: [i IN keep[${EVIDENCE_ON_RELATION}..] | entries.${list}[i]]`).join(', ')",
    count: 1,
    why: EVIDENCE_LISTS_WHY,
  },
  {
    file: 'server/store/neo4j-cypher.ts',
    expression: 'explainable(query)',
    count: 1,
    why: 'POST /api/cypher: the user’s own query (the feature), EXPLAINed only after the lexical guard, and run in a READ transaction with a timeout',
  },
  { file: 'server/export/cypher.ts', expression: 'type', count: 3, why: `the Cypher export script (a file for the user, never run by PolicyGraph): ${MODEL_NAMES}` },
  { file: 'server/export/cypher.ts', expression: 'type.toLowerCase()', count: 1, why: 'the Cypher export script: a constraint name from a model type' },
  {
    file: 'server/export/cypher.ts',
    expression: 'list',
    count: 2,
    why: 'the Cypher export script: rows written as Cypher literals by the exporter’s escaping (tested by loading the script into Neo4j); never run by PolicyGraph',
  },
  { file: 'bench/neo4j-measure.ts', expression: 'query', count: 1, why: 'the benchmark EXPLAINs the store’s own fixed query constants' },
  { file: 'bench/neo4j-measure.ts', expression: 'known.has(id) ? UPDATE_ENTITIES : CREATE_ENTITIES[row.type]', count: 1, why: 'chooses between the store’s fixed query constants' },
];
