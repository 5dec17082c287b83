/**
 * The lexical half of the read-only guard for user Cypher (POST /api/cypher):
 * refuses, before anything reaches Neo4j, several statements, clauses that write
 * or administer, LOAD CSV, and every procedure but a few read-only ones (no
 * dbms.*, apoc.*, gds.*: they may write, read files or reach the network).
 * Strings, comments and `quoted` names are blanked first, so a keyword inside a
 * literal neither trips the guard nor hides from it. The other half is
 * Neo4jStore's: EXPLAIN must call the query read-only, and it runs in a READ
 * transaction with a timeout and a row cap.
 */
import { ForbiddenQueryError } from '../schema/errors.ts';

/** Clauses that change data or schema, administer the server, or switch database. */
const FORBIDDEN_CLAUSES = new Map<string, string>([
  ['CREATE', 'writes'],
  ['MERGE', 'writes'],
  ['SET', 'writes'],
  ['DELETE', 'writes'],
  ['DETACH', 'writes'],
  ['REMOVE', 'writes'],
  ['FOREACH', 'writes'],
  ['DROP', 'changes the schema'],
  ['ALTER', 'administers the server'],
  ['GRANT', 'administers the server'],
  ['DENY', 'administers the server'],
  ['REVOKE', 'administers the server'],
  ['RENAME', 'administers the server'],
  ['START', 'administers the server'],
  ['STOP', 'administers the server'],
  ['TERMINATE', 'administers the server'],
  ['SHOW', 'administers the server'],
  ['USE', 'switches database'],
  ['LOAD', 'reads files or URLs (LOAD CSV)'],
  ['PERIODIC', 'writes'],
]);

/** Procedures a reader may call: the schema, and the full-text index. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

const ALLOWED = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));

/** Namespaces of plugins whose procedures and functions may reach files, the network or the server. */
const FORBIDDEN_NAMESPACES = /(?<![\w.$])(apoc|gds|dbms)\s*\./i;

/**
 * The query with string literals, comments and backtick-quoted names replaced by
 * blanks of the same length (quoted names become `_` so they stay identifiers).
 */
export function blankLiterals(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    let end = i + 1;
    if (c === '/' && next === '/') end = lineEnd(query, i);
    else if (c === '/' && next === '*') end = closing(query, i + 2, '*/');
    else if (c === "'" || c === '"') end = quoteEnd(query, i, c);
    else if (c === '`') end = closing(query, i + 1, '`');
    else {
      out += c;
      i++;
      continue;
    }
    const filler = c === '`' ? '_' : ' ';
    out += filler.repeat(end - i);
    i = end;
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function closing(text: string, from: number, mark: string): number {
  const end = text.indexOf(mark, from);
  return end < 0 ? text.length : end + mark.length;
}

function quoteEnd(text: string, from: number, quote: string): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

function refuse(reason: string): never {
  throw new ForbiddenQueryError(`${reason} Only read-only queries run here (MATCH … RETURN …).`);
}

function checkStatements(code: string): void {
  const semicolon = code.indexOf(';');
  if (semicolon >= 0 && code.slice(semicolon + 1).trim() !== '') {
    refuse('The query holds several statements (separated by ;); send one statement.');
  }
}

function checkClauses(code: string): void {
  // A word after `.`, `$`, `:` or AS is a property key, parameter, label, type or alias; one before `:` a map key.
  for (const match of code.matchAll(/(?<![\w.$:])(?<!\bAS\s+)([A-Za-z]+)(?!\w)(?!\s*:)/gi)) {
    const word = match[1]!.toUpperCase();
    const what = FORBIDDEN_CLAUSES.get(word);
    if (what) refuse(`The query uses ${word}, which ${what}.`);
  }
}

function checkProcedures(code: string): void {
  const plugin = FORBIDDEN_NAMESPACES.exec(code);
  if (plugin) refuse(`The query calls ${plugin[1]}.* procedures or functions, which may write, read files or reach the network.`);
  for (const match of code.matchAll(/(?<![\w.$])CALL\s*([^\s({][^\s(]*)?/gi)) {
    const name = match[1];
    if (name === undefined) continue;
    if (!ALLOWED.has(name.toLowerCase())) {
      refuse(`The query calls the procedure ${name}, which is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}.`);
    }
  }
}

/** Throws ForbiddenQueryError, saying why, unless the query text looks read-only. */
export function checkReadOnlyText(query: string): void {
  const code = blankLiterals(query);
  checkStatements(code);
  checkClauses(code);
  checkProcedures(code);
}

/** Throws ForbiddenQueryError unless EXPLAIN's query type says read-only ('r'). */
export function checkQueryType(queryType: string | undefined): void {
  if (queryType !== 'r') {
    const kind = queryType === 's' ? 'changes the schema' : queryType === 'w' || queryType === 'rw' ? 'writes' : 'is not read-only';
    refuse(`Neo4j plans this query as one that ${kind} (query type ${queryType ?? 'unknown'}).`);
  }
}
