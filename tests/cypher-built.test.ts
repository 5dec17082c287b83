/**
 * No string-built Cypher: every .ts file under server/, schema/, bench/,
 * scripts/ and tools/ is scanned (tests/security/cypher-scan.ts) for text put
 * into Cypher by `${…}` or `+`, and for query calls given a computed query.
 * What is found must be in the documented list of fixed-literal composition
 * (tests/security/cypher-whitelist.ts), no more often than listed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBuiltCypher, findComputedQueryCalls, readsAsCypher } from './security/cypher-scan.ts';
import { ALLOWED_CYPHER_PIECES } from './security/cypher-whitelist.ts';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['server', 'schema', 'bench', 'scripts', 'tools'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'target' || name === 'results') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const key = (file: string, expression: string) => `${file} :: ${collapse(expression)}`;

describe('no string-built Cypher', () => {
  it('finds what it must: interpolation, concatenation and computed queries (the scanner itself)', () => {
    const bad = [
      'const q = `MATCH (n {name: "${name}"}) RETURN n`;',
      "const q = 'MATCH (n) WHERE n.name = \"' + name + '\" RETURN n';",
      'await tx.run(base + filter, params);',
      'await session.run(`CALL db.labels() YIELD label WHERE label = ${x} RETURN label`);',
    ];
    for (const code of bad) expect([...findBuiltCypher('x.ts', code), ...findComputedQueryCalls('x.ts', code)], code).not.toHaveLength(0);
    const fine = [
      "await tx.run('MATCH (n {id: $id}) RETURN n', { id });",
      'const q = `\nMATCH (n:Entity {id: $id})\nRETURN n`;',
      'const message = `No entity ${id}; search for it with GET /api/search`;',
      "const s = '`MATCH (x) ${y}`';",
      'await tx.run(GET_ENTITY, { id }); await tx.run(NEIGHBOR_STEPS[direction], p);',
    ];
    for (const code of fine) expect([...findBuiltCypher('x.ts', code), ...findComputedQueryCalls('x.ts', code)], code).toEqual([]);
    expect(readsAsCypher('UNWIND $rows AS row')).toBe(true);
  });

  it('finds no Cypher built from pieces in server/, schema/, bench/, scripts/ or tools/ beyond the documented list', () => {
    const counts = new Map<string, { count: number; where: string[] }>();
    for (const folder of FOLDERS) {
      for (const path of sources(join(ROOT, folder))) {
        const file = relative(ROOT, path);
        const text = readFileSync(path, 'utf8');
        for (const found of [...findBuiltCypher(file, text), ...findComputedQueryCalls(file, text)]) {
          const k = key(file, found.expression);
          const entry = counts.get(k) ?? { count: 0, where: [] };
          entry.count++;
          entry.where.push(`${file}:${found.line}`);
          counts.set(k, entry);
        }
      }
    }
    const allowed = new Map(ALLOWED_CYPHER_PIECES.map((a) => [key(a.file, a.expression), a.count ?? Number.POSITIVE_INFINITY]));
    const unexpected = [...counts].filter(([k, { count }]) => count > (allowed.get(k) ?? 0)).map(([k, { where }]) => `${k} (${where.join(', ')})`);
    expect(unexpected, 'Cypher built from pieces: use $parameters, or add a documented entry to tests/security/cypher-whitelist.ts').toEqual([]);
    for (const a of ALLOWED_CYPHER_PIECES) expect(a.why.length, key(a.file, a.expression)).toBeGreaterThan(20);
  });
});
