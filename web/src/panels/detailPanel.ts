/**
 * The side panel of the selected entity: type, name, aliases, attributes (and
 * the homonym warning); expansion (by relation type and direction, "show
 * more" for hubs, collapse); path ends; and its relations grouped by type,
 * each with the other end (a button that focuses it), the title or role, its
 * type, confidence and rule, and the evidence sentences (with their own rule,
 * confidence and date), which open the source article.
 */
import type { EntityDetail, EntityPage, RelationPageView } from '../../../schema/api.ts';
import type { Actions } from '../actions/index.ts';
import { nodeColor } from '../appearance/nodes.ts';
import { entityTypeKey, relationKey, translator, type Translate } from '../i18n/index.ts';
import { clearSelection } from '../state/selection.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { h, renderKeepingFocus, replaceChildren } from './dom.ts';
import { evidenceItem } from './evidence.ts';
import { expandBlock } from './expandBlock.ts';
import { factsBlock, homonymWarning, lookupIn } from './factsBlock.ts';
import { groupRelations, relationQualifier } from './relations.ts';
import { relationTrustChips } from './trust.ts';

const HEADING_ID = 'detail-heading';

/** Renders the panel into `root` on every change of what it shows. */
export function mountDetailPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): () => void {
  root.setAttribute('aria-labelledby', HEADING_ID);
  const render = (state: AppState): void => {
    const t = translator(state.locale);
    const close = (): void => store.update(clearSelection());
    renderKeepingFocus(root, () => replaceChildren(root, ...panelContent(state, t, actions, close)));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (
      state.detail !== previous.detail ||
      state.locale !== previous.locale ||
      state.expansions !== previous.expansions ||
      state.paths.from !== previous.paths.from ||
      state.paths.to !== previous.paths.to
    ) {
      render(state);
    }
  });
}

function panelContent(state: AppState, t: Translate, actions: Actions, close: () => void): Array<Node | null> {
  const { detail } = state;
  if (detail.entityId === null) {
    return [h('h2', { id: HEADING_ID, class: 'visually-hidden' }, t('panel.label')), h('p', { class: 'hint' }, t('panel.empty'))];
  }
  const closeButton = h('button', { type: 'button', class: 'close', 'data-focus': 'close', on: { click: close } }, t('panel.close'));
  if (detail.data === null) {
    const message = detail.status === 'loading' ? t('panel.loading') : '';
    return [h('div', { class: 'panel-bar' }, h('h2', { id: HEADING_ID }, t('panel.label')), closeButton), h('p', { class: 'hint', role: 'status' }, message)];
  }
  const lookup = lookupIn(state);
  const open = (id: string): void => void actions.focus(id);
  return [
    h('div', { class: 'panel-bar' }, entityHeader(detail.data, t), closeButton),
    homonymWarning(detail.data.entity, lookup, t, open),
    aliasesBlock(detail.data, t),
    factsBlock(detail.data.entity, lookup, t, open),
    expandBlock(detail.data, state.expansions.get(detail.data.entity.id), t, actions),
    pathBlock(state, detail.data.entity.id, t, actions),
    relationsBlock(detail.data, t, actions),
  ];
}

function entityHeader({ entity }: EntityDetail, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'entity-header' },
    h('p', { class: 'entity-type' }, typeDot(nodeColor(entity.type)), t(entityTypeKey(entity.type))),
    h('h2', { id: HEADING_ID, tabindex: -1 }, entity.name),
  );
}

function aliasesBlock({ entity }: EntityDetail, t: Translate): HTMLElement {
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return h('dl', { class: 'aliases' }, h('dt', {}, t('panel.aliases')), h('dd', {}, aliases.length > 0 ? aliases.join('、') : t('panel.noAliases')));
}

function pathBlock(state: AppState, id: string, t: Translate, actions: Actions): HTMLElement {
  const button = (end: 'from' | 'to', label: string): HTMLElement =>
    h(
      'button',
      { type: 'button', class: `path-${end}`, 'data-focus': `path-${end}`, 'aria-pressed': state.paths[end] === id ? 'true' : 'false', on: { click: () => void actions.setPathEnd(end, id) } },
      label,
    );
  return h('div', { class: 'path-block' }, button('from', t('panel.pathFrom')), button('to', t('panel.pathTo')));
}

/** The relations of the page the API gave; a hub's are cut, and the panel says how many there are in all. */
function relationsBlock(data: EntityPage, t: Translate, actions: Actions): HTMLElement {
  const groups = groupRelations(data.relations);
  if (groups.length === 0) return h('p', { class: 'hint' }, t('panel.noRelations'));
  const cut = data.relationsTotal > data.relations.length;
  return h(
    'div',
    { class: 'relations' },
    h('h3', {}, t('panel.relations')),
    cut ? h('p', { class: 'hint relations-cut' }, t('panel.relationsCut', { shown: data.relations.length, total: data.relationsTotal })) : null,
    data.nextOffset !== undefined
      ? h(
          'button',
          { type: 'button', class: 'more-relations', 'data-focus': 'more-relations', on: { click: () => void actions.moreRelations(data.entity.id) } },
          t('panel.moreRelations'),
        )
      : null,
    ...groups.map((group) =>
      h(
        'section',
        { class: 'relation-group', 'data-relation-type': group.type, 'data-direction': group.direction },
        h('h4', {}, `${t(relationKey(group.type, group.direction))} (${group.relations.length})`),
        h('ul', {}, ...group.relations.map((relation) => relationItem(data, relation, t, actions))),
      ),
    ),
  );
}

function relationItem(data: EntityPage, relation: RelationPageView, t: Translate, actions: Actions): HTMLElement {
  const qualifier = relationQualifier(relation);
  const other = h(
    'button',
    { type: 'button', class: 'entity-link', 'data-focus': `link:${relation.key}`, on: { click: () => void actions.focus(relation.other.id) } },
    typeDot(nodeColor(relation.other.type)),
    relation.other.name,
  );
  const terms = [data.entity.name, ...data.entity.aliases, relation.other.name];
  return h(
    'li',
    { class: 'relation', 'data-key': relation.key },
    h(
      'div',
      { class: 'relation-head' },
      h('span', { class: 'direction', 'aria-hidden': 'true' }, relation.direction === 'out' ? '→' : '←'),
      other,
      qualifier ? h('span', { class: 'qualifier' }, qualifier) : null,
      relationTrustChips(relation, t),
    ),
    h('ul', { class: 'evidence', 'aria-label': t('panel.evidence') }, ...relation.evidence.map((entry) => evidenceItem(entry, relation, terms, t, (e) => void actions.openEvidence(e)))),
    relation.evidenceTotal > relation.evidence.length
      ? h('p', { class: 'hint evidence-cut' }, t('panel.evidenceCut', { shown: relation.evidence.length, total: relation.evidenceTotal }))
      : null,
  );
}

function typeDot(color: string): HTMLElement {
  return h('span', { class: 'dot', style: `background:${color}`, 'aria-hidden': 'true' });
}
