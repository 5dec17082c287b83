/**
 * The view as a URL, pure: selection, entities opened on their own,
 * expansions, filters, appearance, path ends, language and camera. Lists are
 * repeated parameters (`exp=…&exp=…`), so ids may hold any character.
 * Parameters the explorer does not own (such as `test-hooks`) are kept.
 */
import type { EntityType, RelationType } from '../../../schema/model.ts';
import { ENTITY_TYPE_ORDER, RELATION_TYPE_ORDER } from '../appearance/palette.ts';
import { noFilters } from '../filters/apply.ts';
import { parseLocale, type Locale } from '../i18n/index.ts';
import type { AppState, AppearanceState, CameraView, ExpandDirection, ExpandOptions, FiltersState } from '../state/types.ts';

export interface UrlState {
  readonly locale: Locale | null;
  readonly selected: string | null;
  readonly focused: readonly string[];
  readonly expansions: ReadonlyArray<readonly [string, ExpandOptions]>;
  readonly filters: FiltersState;
  readonly appearance: AppearanceState;
  readonly pathFrom: string | null;
  readonly pathTo: string | null;
  readonly view: CameraView | null;
}

const OWNED = ['lang', 'node', 'add', 'exp', 'hide', 'hiderel', 'hidesrc', 'conf', 'from', 'to', 'color', 'size', 'pf', 'pt', 'cam'];
export const DEFAULT_APPEARANCE: AppearanceState = { color: 'type', size: 'degree' };

/** The part of the state a URL keeps. */
export function urlStateOf(state: AppState): UrlState {
  return {
    locale: state.locale,
    selected: state.selected,
    focused: state.focused,
    expansions: [...state.expansions].map(([id, { type, direction, limit }]) => [id, { type, direction, limit }] as const),
    filters: state.filters,
    appearance: state.appearance,
    pathFrom: state.paths.from,
    pathTo: state.paths.to,
    view: state.view,
  };
}

/** Encodes `url` into a query string (without `?`), keeping the parameters of `base` the explorer does not own. */
export function encodeUrlState(url: UrlState, base = '', withView = true): string {
  const params = new URLSearchParams(base);
  for (const name of OWNED) params.delete(name);
  const set = (name: string, value: string | null): void => {
    if (value !== null) params.set(name, value);
  };
  const add = (name: string, values: Iterable<string>): void => {
    for (const value of values) params.append(name, value);
  };
  set('lang', url.locale);
  set('node', url.selected);
  add('add', url.focused);
  add('exp', url.expansions.map(([id, options]) => encodeExpansion(id, options)));
  add('hide', ENTITY_TYPE_ORDER.filter((type) => url.filters.hiddenEntityTypes.has(type)));
  add('hiderel', RELATION_TYPE_ORDER.filter((type) => url.filters.hiddenRelationTypes.has(type)));
  add('hidesrc', [...url.filters.hiddenSources].sort());
  set('conf', url.filters.minConfidence > 0 ? String(url.filters.minConfidence) : null);
  set('from', url.filters.dateFrom);
  set('to', url.filters.dateTo);
  set('color', url.appearance.color === DEFAULT_APPEARANCE.color ? null : url.appearance.color);
  set('size', url.appearance.size === DEFAULT_APPEARANCE.size ? null : url.appearance.size);
  set('pf', url.pathFrom);
  set('pt', url.pathTo);
  if (withView && url.view !== null) set('cam', [url.view.x, url.view.y, url.view.ratio].join(','));
  return params.toString();
}

/** Decodes a query string; anything malformed is left at its default. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const one = (name: string): string | null => params.get(name) || null;
  const confidence = Number(one('conf') ?? '0');
  const color = one('color');
  const size = one('size');
  const filters: FiltersState = {
    ...noFilters(),
    hiddenEntityTypes: new Set(params.getAll('hide').filter(isEntityType)),
    hiddenRelationTypes: new Set(params.getAll('hiderel').filter(isRelationType)),
    hiddenSources: new Set(params.getAll('hidesrc').filter((id) => id !== '')),
    minConfidence: Number.isFinite(confidence) ? Math.min(Math.max(confidence, 0), 1) : 0,
    dateFrom: isoDate(one('from')),
    dateTo: isoDate(one('to')),
  };
  return {
    locale: parseLocale(one('lang')) ?? null,
    selected: one('node'),
    focused: unique(params.getAll('add').filter((id) => id !== '')),
    expansions: params.getAll('exp').flatMap((value) => decodeExpansion(value) ?? []),
    filters,
    appearance: {
      color: color === 'community' ? 'community' : DEFAULT_APPEARANCE.color,
      size: size === 'pagerank' ? 'pagerank' : DEFAULT_APPEARANCE.size,
    },
    pathFrom: one('pf'),
    pathTo: one('pt'),
    view: decodeView(one('cam')),
  };
}

/** `<limit>~<direction>~<type or *>~<id>`: the id last, so it may hold `~`. */
function encodeExpansion(id: string, options: ExpandOptions): string {
  return [options.limit, options.direction, options.type ?? '*', id].join('~');
}

function decodeExpansion(value: string): [readonly [string, ExpandOptions]] | null {
  const [limitText, direction, type, ...rest] = value.split('~');
  const id = rest.join('~');
  const limit = Number(limitText);
  if (id === '' || !Number.isInteger(limit) || limit < 1 || !isDirection(direction)) return null;
  if (type !== '*' && !isRelationType(type)) return null;
  return [[id, { limit, direction, type: type === '*' ? null : (type as RelationType) }]];
}

function decodeView(value: string | null): CameraView | null {
  const parts = (value ?? '').split(',').map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  return [x, y, ratio].every(Number.isFinite) && ratio > 0 ? { x, y, ratio } : null;
}

const isEntityType = (value: string | undefined): value is EntityType => ENTITY_TYPE_ORDER.some((type) => type === value);
const isRelationType = (value: string | undefined): value is RelationType => RELATION_TYPE_ORDER.some((type) => type === value);
const isDirection = (value: string | undefined): value is ExpandDirection => value === 'both' || value === 'out' || value === 'in';
const isoDate = (value: string | null): string | null => (value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const unique = (values: readonly string[]): string[] => [...new Set(values)];
