import { describe, expect, it } from 'vitest';
import { affiliationAttributes, affiliationGroups, listAttribute, mergeAffiliations, withHomonymFlag } from './affiliations.ts';

const jiangjin = affiliationAttributes(['org:江津区委', 'org:重庆市人大'], ['place:重庆市']);
const chengdu = affiliationAttributes(['org:成都市委'], ['place:四川省']);
const yuzhong = affiliationAttributes(['org:渝中区政府'], ['place:重庆市']);

describe('affiliationAttributes', () => {
  it('writes sorted, distinct lists and leaves out empty ones', () => {
    expect(affiliationAttributes(['org:甲', 'org:乙', 'org:甲'], [])).toEqual({ affiliations: 'org:乙|org:甲' });
    expect(affiliationAttributes([], [])).toEqual({});
    expect(listAttribute(jiangjin, 'affiliations')).toEqual(['org:江津区委', 'org:重庆市人大']);
  });
});

describe('affiliationGroups', () => {
  it('links sightings that share an organisation or a jurisdiction, in any order', () => {
    expect(affiliationGroups([jiangjin, yuzhong])).toHaveLength(1);
    const apart = affiliationGroups([jiangjin, chengdu]);
    expect(apart).toEqual([['org:成都市委', 'place:四川省'], ['org:江津区委', 'org:重庆市人大', 'place:重庆市']]);
    expect(affiliationGroups([chengdu, jiangjin])).toEqual(apart);
  });
  it('joins two groups through a sighting that belongs to both', () => {
    const bridge = affiliationAttributes(['org:成都市委', 'org:江津区委'], []);
    expect(affiliationGroups([jiangjin, chengdu, bridge])).toHaveLength(1);
  });
  it('ignores sightings without affiliations', () => {
    expect(affiliationGroups([undefined, {}, jiangjin])).toHaveLength(1);
  });
});

describe('mergeAffiliations', () => {
  it('flags a possible homonym with its groups and unites the lists', () => {
    const merged = mergeAffiliations(jiangjin, chengdu);
    expect(merged.possible_homonym).toBe(true);
    expect(merged.homonym_groups).toBe('org:成都市委|place:四川省 ; org:江津区委|org:重庆市人大|place:重庆市');
    expect(merged.jurisdictions).toBe('place:四川省|place:重庆市');
  });
  it('keeps the groups of an already merged person when one more sighting joins one of them', () => {
    const merged = mergeAffiliations(mergeAffiliations(jiangjin, chengdu), yuzhong);
    expect(String(merged.homonym_groups).split(' ; ')).toHaveLength(2);
    expect(mergeAffiliations(merged, affiliationAttributes(['org:成都市委', 'org:渝中区政府'], []))).not.toHaveProperty('possible_homonym');
  });
  it('does not flag one group, and clears a stale flag', () => {
    expect(mergeAffiliations(jiangjin, yuzhong)).not.toHaveProperty('possible_homonym');
    expect(withHomonymFlag({ possible_homonym: true, homonym_groups: 'x ; y' }, [['x']])).toEqual({});
  });
});
