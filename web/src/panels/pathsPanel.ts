/**
 * Shortest paths: the two ends (set from the entity panel or from the
 * selection here), and each path found as a list of steps — entity, relation
 * (with its type, confidence, rule and evidence sentences), entity. A path
 * can be shown on its own.
 */
import type { PathsResponse } from '../../../schema/api.ts';
import type { StoredRelation } from '../../../schema/model.ts';
import type { Actions } from '../actions/index.ts';
import { nodeColor } from '../appearance/nodes.ts';
import { relationTypeKey, translator, type Translate } from '../i18n/index.ts';
import { clearPaths, showPath, swapPathEnds } from '../state/paths.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { h, renderKeepingFocus, replaceChildren } from './dom.ts';
import { evidenceItem } from './evidence.ts';
import { relationQualifier } from './relations.ts';
import { relationTrustChips } from './trust.ts';

function nameOf(state: AppState, id: string): string {
  return state.dataset.nodes.get(id)?.name ?? state.paths.result?.graph.nodes.find((node) => node.id === id)?.name ?? id;
}

function endRow(state: AppState, end: 'from' | 'to', t: Translate, actions: Actions): HTMLElement {
  const id = state.paths[end];
  const label = end === 'from' ? t('paths.from') : t('paths.to');
  const useSelected = h(
    'button',
    { type: 'button', 'data-focus': `path-use-${end}`, disabled: state.selected === null, on: { click: () => void actions.setPathEnd(end, state.selected) } },
    t('paths.useSelected'),
  );
  return h('div', { class: 'path-end', 'data-end': end }, h('span', { class: 'path-end-label' }, label), h('strong', { class: 'path-end-name' }, id === null ? t('paths.notSet') : nameOf(state, id)), useSelected);
}

function stepRelation(relation: StoredRelation, forward: boolean, state: AppState, t: Translate, actions: Actions): HTMLElement {
  const qualifier = relationQualifier(relation);
  const terms = [nameOf(state, relation.from), nameOf(state, relation.to)];
  return h(
    'li',
    { class: 'path-relation', 'data-key': relation.key },
    h('span', { class: 'path-arrow', 'aria-hidden': 'true' }, forward ? '↓' : '↑'),
    h('span', { class: 'relation-type' }, t(relationTypeKey(relation.type)), qualifier ? ` · ${qualifier}` : '', forward ? '' : ` (${t('paths.reversed')})`),
    relationTrustChips(relation, t),
    h('ul', { class: 'evidence', 'aria-label': t('panel.evidence') }, ...relation.evidence.map((entry) => evidenceItem(entry, relation, terms, t, (e) => void actions.openEvidence(e)))),
  );
}

function pathItem(result: PathsResponse, index: number, state: AppState, t: Translate, actions: Actions, update: Store<AppState>['update']): HTMLElement {
  const path = result.paths[index];
  if (path === undefined) return h('li', {});
  const relations = new Map(result.graph.edges.map((edge) => [edge.key, edge]));
  const steps: HTMLElement[] = [];
  path.nodes.forEach((id, i) => {
    const entity = result.graph.nodes.find((node) => node.id === id);
    steps.push(h('li', { class: 'path-node' }, h('button', { type: 'button', class: 'entity-link', on: { click: () => void actions.focus(id) } }, h('span', { class: 'dot', style: `background:${entity ? nodeColor(entity.type) : '#6e7781'}`, 'aria-hidden': 'true' }), nameOf(state, id))));
    const relation = relations.get(path.edges[i] ?? '');
    if (relation !== undefined) steps.push(stepRelation(relation, relation.from === id, state, t, actions));
  });
  const active = state.paths.active === index;
  const toggle = h('button', { type: 'button', 'aria-pressed': active ? 'true' : 'false', 'data-focus': `path-show-${index}`, on: { click: () => update(showPath(active ? -1 : index)) } }, t('paths.showOnly', { n: index + 1 }));
  return h('li', { class: 'path', 'data-path': index }, h('div', { class: 'path-bar' }, h('h3', {}, t('paths.pathTitle', { n: index + 1, hops: path.edges.length })), toggle), h('ol', { class: 'path-steps' }, ...steps));
}

function content(state: AppState, t: Translate, actions: Actions, update: Store<AppState>['update']): Node[] {
  const { paths } = state;
  const controls = h(
    'div',
    { class: 'path-controls' },
    h('button', { type: 'button', 'data-focus': 'path-swap', on: { click: () => update(swapPathEnds()) } }, t('paths.swap')),
    h('button', { type: 'button', 'data-focus': 'path-clear', on: { click: () => update(clearPaths()) } }, t('paths.clear')),
  );
  const status = paths.status === 'loading' ? t('paths.searching') : paths.status === 'ready' ? t('paths.found', { count: paths.result?.paths.length ?? 0 }) : paths.from === null || paths.to === null ? t('paths.hint') : '';
  const list = paths.result === null ? null : h('ol', { class: 'paths' }, ...paths.result.paths.map((_path, i) => pathItem(paths.result as PathsResponse, i, state, t, actions, update)));
  return [endRow(state, 'from', t, actions), endRow(state, 'to', t, actions), controls, h('p', { class: 'hint', role: 'status' }, status), ...(list === null ? [] : [list])];
}

/** Renders the paths section into `root`. */
export function mountPathsPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): () => void {
  const body = h('div', { class: 'paths-body' });
  const title = h('summary', {});
  root.append(h('details', { open: true }, title, body));
  const render = (state: AppState): void => {
    const t = translator(state.locale);
    title.textContent = t('paths.title');
    renderKeepingFocus(body, () => replaceChildren(body, ...content(state, t, actions, store.update)));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.paths !== previous.paths || state.selected !== previous.selected || state.locale !== previous.locale) render(state);
    // New answers come into view: the section may be below the filters.
    if (state.paths.status === 'ready' && previous.paths.status !== 'ready') root.scrollIntoView({ block: 'nearest' });
  });
}
