/**
 * Chinese administrative divisions from china-area-data (GB/T 2260 codes):
 * full names, short forms (江津区 → 江津, 四川省 → 四川), level and parent, so
 * places are recognised from data and LOCATED_IN follows the hierarchy.
 */
import areaData from 'china-area-data/data.json' with { type: 'json' };

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
  for (const [parent, children] of Object.entries(data)) {
    for (const code of Object.keys(children)) if (parent !== '86') parentOf.set(code, parent);
  }
  for (const children of Object.values(data)) {
    for (const [code, name] of Object.entries(children)) {
      if (PLACEHOLDERS.has(name)) continue;
      let parent = parentOf.get(code);
      while (parent !== undefined && PLACEHOLDERS.has(nameOf(data, parent) ?? '')) parent = parentOf.get(parent);
      const division: Division = { code, name, short: shortName(name), level: levelOf(code) };
      if (parent !== undefined) division.parent = parent;
      byCode.set(code, division);
    }
  }
  return byCode;
}

function nameOf(data: Record<string, Record<string, string>>, code: string): string | undefined {
  for (const children of Object.values(data)) if (children[code] !== undefined) return children[code];
  return undefined;
}

let divisions: Map<string, Division> | undefined;
let byName: Map<string, Division[]> | undefined;

/** All divisions by code (built once). */
export function allDivisions(): Map<string, Division> {
  divisions ??= buildDivisions();
  return divisions;
}

/** Divisions whose full name or short form is `name`. */
export function divisionsNamed(name: string): Division[] {
  if (!byName) {
    byName = new Map();
    for (const d of allDivisions().values()) {
      for (const key of new Set([d.name, d.short])) {
        prefixes.add(key.slice(0, 2));
        const list = byName.get(key) ?? [];
        list.push(d);
        byName.set(key, list);
      }
    }
  }
  return byName.get(name) ?? [];
}

/** Whether any division's name or short form starts with these two characters (a cheap pre-check). */
export function mayNameDivision(word: string): boolean {
  divisionsNamed('');
  return prefixes.has(word.slice(0, 2));
}

const prefixes = new Set<string>();

export function divisionByCode(code: string): Division | undefined {
  return allDivisions().get(code);
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
