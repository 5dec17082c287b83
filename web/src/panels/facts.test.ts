import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../schema/model.ts';
import { entityFacts, homonymGroups, type FactLookup } from './facts.ts';

const chongqing = { id: 'place:重庆市', name: '重庆市' };
const lookup: FactLookup = {
  nameOf: (id) => ({ 'org:江津区委': '江津区委', 'place:重庆市': '重庆市' })[id],
  placeByCode: (code) => (code === '500000' ? chongqing : undefined),
};

const jiangjin: Entity = {
  id: 'place:江津区',
  type: 'Place',
  name: '江津区',
  aliases: ['江津'],
  attributes: { parent: '500000', code: '500116', level: 'district', kind: 'division' },
};

describe('entityFacts', () => {
  it('shows a division with kind and level named, its code, and its parent as the place it is', () => {
    expect(entityFacts(jiangjin, lookup)).toEqual([
      { label: { key: 'facts.kind' }, value: { kind: 'term', key: 'facts.kind.division', raw: 'division' } },
      { label: { key: 'facts.level' }, value: { kind: 'term', key: 'facts.level.district', raw: 'district' } },
      { label: { key: 'facts.code' }, value: { kind: 'text', text: '500116' } },
      { label: { key: 'facts.parent' }, value: { kind: 'entities', entities: [chongqing] } },
    ]);
  });

  it('keeps a parent code that names no loaded place, and an unknown level as text', () => {
    const far: Entity = { ...jiangjin, attributes: { parent: '510000', level: 'village' } };
    expect(entityFacts(far, lookup)).toEqual([
      { label: { key: 'facts.level' }, value: { kind: 'text', text: 'village' } },
      { label: { key: 'facts.parent' }, value: { kind: 'text', text: '510000' } },
    ]);
  });

  it('names the organisations and jurisdictions of a person, by loaded name or from the id', () => {
    const person: Entity = { id: 'person:王伟', type: 'Person', name: '王伟', aliases: [], attributes: { affiliations: 'org:江津区委|org:成都市委', jurisdictions: 'place:重庆市', extra: 3 } };
    expect(entityFacts(person, lookup)).toEqual([
      { label: { key: 'facts.affiliations' }, value: { kind: 'entities', entities: [{ id: 'org:江津区委', name: '江津区委' }, { id: 'org:成都市委', name: '成都市委' }] } },
      { label: { key: 'facts.jurisdictions' }, value: { kind: 'entities', entities: [chongqing] } },
      { label: { raw: 'extra' }, value: { kind: 'text', text: '3' } },
    ]);
  });

  it('leaves the homonym flag out of the list (it has its own warning)', () => {
    const flagged: Entity = { id: 'person:王伟', type: 'Person', name: '王伟', aliases: [], attributes: { possible_homonym: true, homonym_groups: 'org:a' } };
    expect(entityFacts(flagged, lookup)).toEqual([]);
  });
});

describe('homonymGroups', () => {
  it('is null for an entity without the flag', () => {
    expect(homonymGroups(jiangjin, lookup)).toBeNull();
    expect(homonymGroups({ ...jiangjin, attributes: { homonym_groups: 'org:a ; org:b' } }, lookup)).toBeNull();
  });

  it('reads the groups of a flagged person as named entities', () => {
    const wang: Entity = {
      id: 'person:王伟',
      type: 'Person',
      name: '王伟',
      aliases: [],
      attributes: { possible_homonym: true, homonym_groups: 'org:江津区委|place:重庆市 ; org:成都市委|place:四川省' },
    };
    expect(homonymGroups(wang, lookup)).toEqual([
      [
        { id: 'org:江津区委', name: '江津区委' },
        { id: 'place:重庆市', name: '重庆市' },
      ],
      [
        { id: 'org:成都市委', name: '成都市委' },
        { id: 'place:四川省', name: '四川省' },
      ],
    ]);
  });
});
