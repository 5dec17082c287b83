/**
 * The entity panel's attributes (panels/facts.ts) as a definition list, and the
 * homonym warning shown above everything else when a person's name may stand
 * for different people. Entities named in them are links that open them.
 */
import type { Entity } from '../../../schema/model.ts';
import type { Translate } from '../i18n/index.ts';
import type { AppState } from '../state/types.ts';
import { h } from './dom.ts';
import { entityFacts, homonymGroups, type EntityRef, type Fact, type FactLookup } from './facts.ts';

/** Names and places from what the explorer has loaded. */
export function lookupIn(state: AppState): FactLookup {
  return {
    nameOf: (id) => state.dataset.nodes.get(id)?.name ?? state.detail.data?.relations.find((relation) => relation.other.id === id)?.other.name,
    placeByCode: (code) => {
      for (const node of state.dataset.nodes.values()) {
        if (node.type === 'Place' && node.attributes?.['code'] === code) return { id: node.id, name: node.name };
      }
      return undefined;
    },
  };
}

function entityLinks(entities: readonly EntityRef[], open: (id: string) => void): HTMLElement[] {
  return entities.map((ref) => h('button', { type: 'button', class: 'entity-link fact-link', 'data-focus': `fact:${ref.id}`, on: { click: () => open(ref.id) } }, ref.name));
}

function factValue(fact: Fact, t: Translate, open: (id: string) => void): Array<Node | string> {
  const { value } = fact;
  if (value.kind === 'text') return [value.text];
  if (value.kind === 'term') return [t(value.key), ' ', h('code', {}, value.raw)];
  return entityLinks(value.entities, open);
}

/** The attributes list, or null when the entity has none to show. */
export function factsBlock(entity: Entity, lookup: FactLookup, t: Translate, open: (id: string) => void): HTMLElement | null {
  const facts = entityFacts(entity, lookup);
  if (facts.length === 0) return null;
  return h(
    'section',
    { class: 'facts', 'aria-label': t('facts.title') },
    h('h3', {}, t('facts.title')),
    h(
      'dl',
      {},
      ...facts.flatMap((fact) => [
        h('dt', { 'data-attribute': 'key' in fact.label ? fact.label.key.replace(/^facts\./, '') : fact.label.raw }, 'key' in fact.label ? t(fact.label.key) : fact.label.raw),
        h('dd', {}, ...factValue(fact, t, open)),
      ]),
    ),
  );
}

/** The warning that a person's name may refer to different people, with the groups it falls into; null when not flagged. */
export function homonymWarning(entity: Entity, lookup: FactLookup, t: Translate, open: (id: string) => void): HTMLElement | null {
  const groups = homonymGroups(entity, lookup);
  if (groups === null) return null;
  return h(
    'div',
    { class: 'homonym-warning', role: 'note' },
    h('strong', {}, '⚠ ', t('facts.homonymTitle')),
    h('p', {}, t('facts.homonym')),
    h(
      'ul',
      {},
      ...groups.map((group, i) => {
        const links = entityLinks(group, open).flatMap((link, j) => (j === 0 ? [link] : ['、', link]));
        return h('li', { class: 'homonym-group' }, h('span', {}, t('facts.homonymGroup', { n: i + 1 })), ' ', ...links);
      }),
    ),
  );
}
