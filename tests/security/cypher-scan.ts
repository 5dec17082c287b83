/**
 * Finds Cypher built from pieces in TypeScript source: template literals whose
 * text reads as Cypher and that interpolate `${…}`, string literals reading as
 * Cypher joined with `+`, and query calls (`.run(`, `executeQuery(`) given
 * anything but a literal or a name. A small lexer (comments, strings, nested
 * templates), not a regular expression over whole files, so a backtick inside a
 * string or a comment cannot hide or fake a finding.
 */

export interface Interpolation {
  file: string;
  line: number;
  /** The interpolated expression, trimmed, or `+` for a concatenation. */
  expression: string;
  /** The literal text around it, shortened. */
  context: string;
}

/** Cypher clauses as they start a query or a line of one (upper case, as the code writes them). */
const CYPHER = /(^|[\s(`'"{])(MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|RETURN|DETACH DELETE|DELETE|CALL|LOAD CSV|WITH|WHERE|SET|REMOVE|FOREACH|EXPLAIN|PROFILE)(\s+[\w($[{:*`'"]|\s*$)/m;

export function readsAsCypher(text: string): boolean {
  return CYPHER.test(text);
}

interface Template {
  start: number;
  statics: string[];
  expressions: { text: string; at: number }[];
}

/** Every interpolation into text that reads as Cypher, and every `+` joining such text. */
export function findBuiltCypher(file: string, source: string): Interpolation[] {
  const found: Interpolation[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const { templates, strings } = lex(source);
  for (const t of templates) {
    const text = t.statics.join('\n');
    if (t.expressions.length === 0 || !readsAsCypher(text)) continue;
    for (const e of t.expressions) found.push({ file, line: lineOf(e.at), expression: e.text.trim(), context: text.slice(0, 80).replace(/\s+/g, ' ') });
  }
  for (const s of strings) {
    if (!readsAsCypher(s.text)) continue;
    const before = source.slice(Math.max(0, s.start - 3), s.start);
    const after = source.slice(s.end, s.end + 3);
    if (/\+\s*$/.test(before) || /^\s*\+/.test(after)) found.push({ file, line: lineOf(s.start), expression: '+', context: s.text.slice(0, 80) });
  }
  return found;
}

/** Calls that send a query whose first argument is not a literal or a plain name (computed at the call). */
export function findComputedQueryCalls(file: string, source: string): Interpolation[] {
  const found: Interpolation[] = [];
  const call = /\b(?:tx|session|driver|runner|transaction)\.(?:run|executeQuery)\(/g;
  for (const match of source.matchAll(call)) {
    const at = match.index ?? 0;
    const argument = firstArgument(source, at + match[0].length).trim();
    // A literal (templates with `${` are findBuiltCypher's), a constant's name, or a lookup in a frozen map of queries.
    if (/^['"`]/.test(argument) || /^[A-Za-z_$][\w$.]*$/.test(argument) || /^[A-Z][A-Z0-9_]*\[[^\]]+\]!?$/.test(argument)) continue;
    found.push({ file, line: source.slice(0, at).split('\n').length, expression: argument, context: match[0] });
  }
  return found;
}

/** The text of a call's first argument, from just after its `(` to the first `,` or `)` at the same depth. */
function firstArgument(source: string, from: number): string {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return source.slice(from, i);
      depth--;
    } else if (c === ',' && depth === 0) return source.slice(from, i);
  }
  return source.slice(from);
}

/** Template literals (static parts and expressions) and plain string literals of a TypeScript source. */
function lex(source: string): { templates: Template[]; strings: { start: number; end: number; text: string }[] } {
  const templates: Template[] = [];
  const strings: { start: number; end: number; text: string }[] = [];
  const readTemplate = (start: number): number => {
    const t: Template = { start, statics: [''], expressions: [] };
    templates.push(t);
    const append = (text: string) => {
      t.statics[t.statics.length - 1] = `${t.statics[t.statics.length - 1] ?? ''}${text}`;
    };
    let i = start + 1;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        append(source.slice(i, i + 2));
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        const end = readCode(i + 2, '}');
        t.expressions.push({ text: source.slice(i + 2, end), at: i });
        t.statics.push('');
        i = end + 1;
      } else {
        append(source[i] as string);
        i++;
      }
    }
    return i + 1;
  };
  /** Reads code up to the `close` that ends it (braces balanced); returns the offset of that close. */
  const readCode = (from: number, close: string): number => {
    let depth = 0;
    let i = from;
    while (i < source.length) {
      const c = source[i] as string;
      if (c === close && depth === 0) return i;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '/' && source[i + 1] === '/') i = lineEnd(i);
      else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) + 2 || source.length;
      else if (c === "'" || c === '"') i = readString(i);
      else if (c === '`') i = readTemplate(i);
      else i++;
    }
    return i;
  };
  const lineEnd = (i: number) => {
    const end = source.indexOf('\n', i);
    return end < 0 ? source.length : end;
  };
  const readString = (start: number): number => {
    const quote = source[start];
    let i = start + 1;
    while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    strings.push({ start, end: i + 1, text: source.slice(start + 1, i) });
    return i + 1;
  };
  readCode(0, '\u0000');
  return { templates, strings };
}
