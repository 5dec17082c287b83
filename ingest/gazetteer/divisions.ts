/**
 * Chinese administrative divisions from china-area-data (GB/T 2260 codes):
 * full names, short forms (江津区 → 江津, 四川省 → 四川), level and parent, so
 * places are recognised from data and LOCATED_IN follows the hierarchy.
 */
import areaData from 'china-area-data/data.json' with { type: 'json' };
import { PrefixFilter } from './prefix.ts';

export type DivisionLevel = 'province' | 'city' | 'district';

export interface Division {
  code: string;
  name: string;
  short: string;
  level: DivisionLevel;
  /** Code of the enclosing division (placeholder levels such as 市辖区 skipped). */
  parent?: string;
}

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const SUFFIXES = [
  '特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗',
  '林区', '地区', '新区', '省', '市', '区', '县', '盟', '旗',
];

/** The short form used in running text: 江津区 → 江津, 恩施土家族苗族自治州 → 恩施. */
export function shortName(full: string): string {
  let name = full;
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  // Ethnic designations before 自治州/自治县 (土家族苗族…) are not part of the short form.
  const ethnic = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}族)+$/u.exec(name);
  return ethnic && name !== full ? (ethnic[1] as string) : name;
}

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

function buildDivisions(): Map<string, Division> {
  const data = areaData as Record<string, Record<string, string>>;
  const byCode = new Map<string, Division>();
  const parentOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const [parent, children] of Object.entries(data)) {
    for (const [code, name] of Object.entries(children)) {
      nameOf.set(code, name);
      if (parent !== '86') parentOf.set(code, parent);
    }
  }
  for (const [code, name] of nameOf) {
    if (PLACEHOLDERS.has(name)) continue;
    let parent = parentOf.get(code);
    while (parent !== undefined && PLACEHOLDERS.has(nameOf.get(parent) ?? '')) parent = parentOf.get(parent);
    const division: Division = { code, name, short: shortName(name), level: levelOf(code) };
    if (parent !== undefined) division.parent = parent;
    byCode.set(code, division);
  }
  return byCode;
}

interface NameIndex {
  byCode: Map<string, Division>;
  byName: Map<string, readonly Division[]>;
  /** The first two characters of every name and short form. */
  prefixes: PrefixFilter;
}

let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const byCode = buildDivisions();
  const byName = new Map<string, Division[]>();
  const prefixes = new PrefixFilter();
  for (const d of byCode.values()) {
    for (const key of new Set([d.name, d.short])) {
      prefixes.add(key);
      const list = byName.get(key) ?? [];
      list.push(d);
      byName.set(key, list);
    }
  }
  index = { byCode, byName, prefixes };
  return index;
}

const NONE: readonly Division[] = Object.freeze([]);

/** All divisions by code (built once). */
export function allDivisions(): Map<string, Division> {
  return nameIndex().byCode;
}

/** Divisions whose full name or short form is `name`. */
export function divisionsNamed(name: string): readonly Division[] {
  return nameIndex().byName.get(name) ?? NONE;
}

/** Whether a division's name or short form may start like `word` (+ `next` when `word` is one character): a cheap pre-check. */
export function mayNameDivision(word: string, next = ''): boolean {
  return nameIndex().prefixes.mayStart(word, next);
}

export function divisionByCode(code: string): Division | undefined {
  return nameIndex().byCode.get(code);
}

/** The province-level division that contains `d` (itself for a province). */
export function provinceOf(d: Division): Division {
  let current = d;
  while (current.parent !== undefined) {
    const up = divisionByCode(current.parent);
    if (!up) break;
    current = up;
  }
  return current;
}
