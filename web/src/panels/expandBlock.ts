/**
 * Expansion controls of the entity panel: which relation type and direction
 * to follow, Expand (or Collapse once expanded), and "Show more" when the
 * server had more neighbours than the limit (a hub).
 */
import type { EntityDetail } from '../../../schema/api.ts';
import type { RelationType } from '../../../schema/model.ts';
import type { Actions } from '../actions/index.ts';
import { RELATION_TYPE_ORDER } from '../appearance/palette.ts';
import { relationTypeKey, type Translate } from '../i18n/index.ts';
import type { ExpandDirection, Expansion } from '../state/types.ts';
import { h } from './dom.ts';

const DIRECTIONS: readonly ExpandDirection[] = ['both', 'out', 'in'];

function select(id: string, label: string, options: ReadonlyArray<readonly [string, string]>, value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = h('select', { id, 'data-focus': id }, ...options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)));
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), input), input };
}

/** The block for `detail`'s entity, given its current expansion (if any). */
export function expandBlock(detail: EntityDetail, expansion: Expansion | undefined, t: Translate, actions: Actions): HTMLElement {
  const id = detail.entity.id;
  const present = new Set(detail.relations.map((relation) => relation.type));
  const types = RELATION_TYPE_ORDER.filter((type) => present.has(type));
  const typeField = select('expand-type', t('expand.type'), [['', t('expand.anyType')], ...types.map((type) => [type, t(relationTypeKey(type))] as const)], expansion?.type ?? '');
  const directionField = select('expand-direction', t('expand.direction'), DIRECTIONS.map((d) => [d, t(`expand.direction.${d}`)] as const), expansion?.direction ?? 'both');
  const loading = expansion?.status === 'loading';
  const expand = h(
    'button',
    {
      type: 'button',
      class: 'expand',
      'data-focus': 'expand',
      'aria-disabled': loading ? 'true' : false,
      on: {
        click: () => {
          if (loading) return;
          const type = (types.find((candidate) => candidate === typeField.input.value) ?? null) as RelationType | null;
          const direction = DIRECTIONS.find((d) => d === directionField.input.value) ?? 'both';
          void actions.expand(id, { type, direction });
        },
      },
    },
    loading ? t('panel.expanding') : expansion ? t('panel.expandAgain') : t('panel.expand'),
  );
  const collapse = expansion && !loading ? h('button', { type: 'button', class: 'collapse', 'data-focus': 'collapse', on: { click: () => actions.collapse(id) } }, t('panel.collapse')) : null;
  const more =
    expansion?.truncated && !loading
      ? h('button', { type: 'button', class: 'show-more', 'data-focus': 'show-more', on: { click: () => void actions.showMore(id) } }, t('panel.showMore', { limit: expansion.limit }))
      : null;
  const note = expansion?.truncated ? h('p', { class: 'hint', role: 'status' }, t('panel.expandedTruncated', { limit: expansion.limit })) : null;
  return h('div', { class: 'expand-block' }, h('div', { class: 'expand-fields' }, typeField.field, directionField.field), h('div', { class: 'expand-buttons' }, expand, collapse, more), note);
}
