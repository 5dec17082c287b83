/** The lexical Cypher guard: what it refuses, and the reads it must let through. */
import { describe, expect, it } from 'vitest';
import { blankLiterals, checkQueryType, checkReadOnlyText } from './cypher-guard.ts';

function refusal(query: string): string {
  try {
    checkReadOnlyText(query);
  } catch (error) {
    expect((error as { code?: unknown }).code).toBe('FORBIDDEN_QUERY');
    return (error as Error).message;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe('checkReadOnlyText', () => {
  it('refuses writes in any case and position', () => {
    expect(refusal('create (n)')).toContain('CREATE');
    expect(refusal('MATCH (n)\nSET n.x = 1')).toContain('SET');
    expect(refusal('MATCH (n) WITH n detach delete n')).toContain('DETACH');
    expect(refusal('MATCH (n:Person)SET n.x=1')).toContain('SET');
    expect(refusal('MATCH (a) MERGE (a)-[:R]->(b)')).toContain('MERGE');
    expect(refusal('MATCH (n) CALL (n) { REMOVE n:Person }')).toContain('REMOVE');
  });

  it('refuses LOAD CSV, administration and database switches', () => {
    expect(refusal("LOAD CSV FROM 'file:///x' AS l RETURN l")).toContain('LOAD');
    expect(refusal('SHOW TRANSACTIONS')).toContain('SHOW');
    expect(refusal('TERMINATE TRANSACTIONS "x"')).toContain('TERMINATE');
    expect(refusal('USE system SHOW USERS')).toContain('USE');
    expect(refusal('ALTER USER neo4j SET PASSWORD "x"')).toContain('ALTER');
  });

  it('refuses procedures outside the read-only list, and plugin namespaces anywhere', () => {
    expect(refusal('CALL dbms.components()')).toContain('dbms');
    expect(refusal('CALL db.createProperty("x")')).toContain('db.createProperty');
    expect(refusal('CALL tx.setMetaData({})')).toContain('tx.setMetaData');
    expect(refusal('RETURN apoc.text.join(["a"], ",")')).toContain('apoc');
    expect(refusal('CALL  gds.graph.list()')).toContain('gds');
    expect(refusal('CALL `db`.`labels`()')).toContain('procedure');
    expect(refusal('MATCH (n) CALL db.labels() YIELD label CALL dbms.killQuery("1") RETURN 1')).toContain('dbms');
  });

  it('refuses several statements, even when the first is a read', () => {
    expect(refusal('MATCH (n) RETURN n; MATCH (n) RETURN n')).toContain('several statements');
  });

  it('lets reads through, with keywords inside strings, comments, names, aliases and map keys', () => {
    const reads = [
      'MATCH (n:Person) RETURN n LIMIT 10',
      'MATCH (n:Person) RETURN n;',
      "MATCH (n) WHERE n.name = 'CREATE; DELETE' RETURN n",
      'MATCH (n) WHERE n.name = "it\'s \\" SET" RETURN n',
      'MATCH (n) // DELETE everything\nRETURN n',
      'MATCH (n) /* SET n.x = 1; */ RETURN n',
      'MATCH (n) RETURN n.set AS `create`, n.delete AS set',
      'MATCH (n) RETURN {create: 1, merge: n.name} AS m',
      'MATCH (n:Entity) CALL (n) { MATCH (n)-[r]-() RETURN count(r) AS d } RETURN n, d',
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('entity_names', '\"江津\"') YIELD node RETURN node",
      'MATCH p = shortestPath((a:Person)-[*..4]-(b:Place)) RETURN p',
      'RETURN $create AS x',
    ];
    for (const query of reads) expect(() => checkReadOnlyText(query), query).not.toThrow();
  });
});

describe('blankLiterals', () => {
  it('keeps positions, blanks strings and comments, and turns quoted names into _', () => {
    const query = "MATCH (`a b`) WHERE x = 'y;z' // c\nRETURN 1";
    const blanked = blankLiterals(query);
    expect(blanked).toHaveLength(query.length);
    expect(blanked).not.toContain(';');
    expect(blanked).toContain('(_____)');
    expect(blanked).toContain('RETURN 1');
  });

  it('treats an unterminated string as running to the end', () => {
    expect(blankLiterals("RETURN 'abc; CREATE").trim()).toBe('RETURN');
  });
});

describe('checkQueryType', () => {
  it('accepts read plans only', () => {
    expect(() => checkQueryType('r')).not.toThrow();
    for (const type of ['rw', 'w', 's', undefined]) expect(() => checkQueryType(type)).toThrow(/read-only/);
  });
});
