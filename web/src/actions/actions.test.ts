import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import type { SearchOptions, Api } from '../api.ts';
import { ApiError } from '../api.ts';
import { initialState } from '../state/initial.ts';
import { createStore } from '../state/store.ts';
import { jiangjin, npc, subgraph, tang, tangDetail, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { decodeUrlState } from '../url/codec.ts';
import { createActions } from './index.ts';

const notFound = new ApiError(404, { kind: 'problem', detail: 'No entity person:无名' }, 'not found');

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    overview: async () => subgraph([jiangjin], []),
    search: async (text: string) => ({ results: [{ id: tang.id, type: tang.type, name: text, aliases: [] }] }),
    entity: async (id) => (id === tang.id ? tangDetail : Promise.reject(notFound)),
    neighbours: async () => subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy], true),
    paths: async () => ({ paths: [{ nodes: [jiangjin.id, tang.id], edges: [tangSecretary.key] }], graph: subgraph([jiangjin, tang], [tangSecretary]) }),
    sources: async () => ({ sources: [] }),
    source: async () => Promise.reject(notFound),
    health: async () => ({ status: 'ok', store: 'embedded' }),
    cypher: async () => Promise.reject(notFound),
    ...overrides,
  };
}

const loadPinyin = async () => (text: string) => pinyin(text, { type: 'array', toneType: 'none', v: true });
const setup = (api: Api = fakeApi()) => {
  const store = createStore(initialState('en'));
  return { store, actions: createActions(store, api, { loadPinyin }) };
};

describe('actions', () => {
  it('loads the overview into the dataset', async () => {
    const { store, actions } = setup();
    await actions.loadOverview();
    expect(store.get().overview.status).toBe('ready');
    expect([...store.get().dataset.nodes.keys()]).toEqual([jiangjin.id]);
  });

  it('focuses an entity: selects it, adds it to the graph and moves the camera', async () => {
    const { store, actions } = setup();
    await actions.loadOverview();
    await actions.focus(tang.id);
    const state = store.get();
    expect(state.selected).toBe(tang.id);
    expect(state.detail.data).toBe(tangDetail);
    expect(state.dataset.nodes.has(tang.id)).toBe(true);
    expect(state.camera).toEqual({ nodeId: tang.id, seq: 1 });
  });

  it("appends the next page of a hub's relations to its panel, and its relations to loaded entities to the graph", async () => {
    const [secretary, deputy] = tangDetail.relations;
    const asked: (number | undefined)[] = [];
    const { store, actions } = setup(
      fakeApi({
        overview: async () => subgraph([jiangjin, npc], []),
        entity: async (_id, _signal, offset) => {
          asked.push(offset);
          return offset === 1
            ? { ...tangDetail, relations: [deputy!] }
            : { ...tangDetail, relations: [secretary!], nextOffset: 1 };
        },
      }),
    );
    await actions.loadOverview();
    await actions.focus(tang.id);
    expect(store.get().dataset.edges.has(deputy!.key)).toBe(false);
    await actions.moreRelations(tang.id);
    expect(asked).toEqual([undefined, 1]);
    const data = store.get().detail.data;
    expect(data?.relations.map((r) => r.key)).toEqual([secretary!.key, deputy!.key]);
    expect(data?.nextOffset).toBeUndefined();
    expect(store.get().dataset.edges.has(deputy!.key)).toBe(true);
    await actions.moreRelations(tang.id);
    expect(asked).toEqual([undefined, 1]);
  });

  it('shows the server detail and does not move the camera when the entity is missing', async () => {
    const { store, actions } = setup();
    await actions.focus('person:无名');
    expect(store.get().notice).toEqual({ kind: 'problem', detail: 'No entity person:无名' });
    expect(store.get().detail.status).toBe('error');
    expect(store.get().camera).toBeNull();
  });

  it('expands by type and direction, shows more for a hub, and collapses', async () => {
    const asked: unknown[] = [];
    const { store, actions } = setup(
      fakeApi({
        neighbours: async (_id, options) => {
          asked.push(options);
          return subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy], true);
        },
      }),
    );
    await actions.loadOverview();
    await actions.focus(tang.id);
    await actions.expand(tang.id, { type: 'HOLDS_POSITION', direction: 'out' });
    expect(store.get().dataset.anchors.get(npc.id)).toBe(tang.id);
    expect(store.get().expansions.get(tang.id)).toMatchObject({ truncated: true, limit: 50 });
    await actions.showMore(tang.id);
    expect(asked).toEqual([
      { depth: 1, type: 'HOLDS_POSITION', direction: 'out', limit: 50 },
      { depth: 1, type: 'HOLDS_POSITION', direction: 'out', limit: 100 },
    ]);
    actions.collapse(tang.id);
    expect(store.get().dataset.nodes.has(npc.id)).toBe(false);
  });

  it('finds 唐大军 by pinyin and initials among known names, before the server results', async () => {
    const { store, actions } = setup(fakeApi({ search: async () => ({ results: [] }), overview: async () => subgraph([tang, jiangjin], []) }));
    await actions.search('tdj');
    expect(store.get().search.results.map((hit) => [hit.name, hit.byPinyin])).toEqual([['唐大军', true]]);
    await actions.search('tangdajun');
    expect(store.get().search.results.map((hit) => hit.id)).toEqual([tang.id]);
  });

  it('fetches paths once both ends are set', async () => {
    const { store, actions } = setup();
    await actions.loadOverview();
    await actions.setPathEnd('from', jiangjin.id);
    expect(store.get().paths.status).toBe('idle');
    await actions.setPathEnd('to', tang.id);
    expect(store.get().paths.status).toBe('ready');
    expect(store.get().dataset.nodes.has(tang.id)).toBe(true);
  });

  it('replays a URL: expansions, selection and path ends', async () => {
    const { store, actions } = setup();
    await actions.loadOverview();
    await actions.applyUrl(decodeUrlState(`exp=50~both~*~${tang.id}&node=${jiangjin.id}&pf=${jiangjin.id}&pt=${tang.id}&conf=0.8`));
    const state = store.get();
    expect([...state.expansions.keys()]).toEqual([tang.id]);
    expect(state.selected).toBe(jiangjin.id);
    expect(state.paths.status).toBe('ready');
    expect(state.filters.minConfidence).toBe(0.8);
    await actions.applyUrl(decodeUrlState(''));
    expect(store.get().expansions.size).toBe(0);
    expect(store.get().selected).toBeNull();
    expect(store.get().paths.from).toBeNull();
  });

  it('lets a bug while applying an answer surface instead of reporting it as a server failure', async () => {
    const { store, actions } = setup();
    store.subscribe((state) => {
      if (state.overview.status === 'ready') throw new Error('listener bug');
    });
    await expect(actions.loadOverview()).rejects.toThrow('listener bug');
    expect(store.get().notice).toBeNull();
  });

  it('aborts an older search when a newer one starts and keeps only the newer results', async () => {
    const signals: AbortSignal[] = [];
    let release: () => void = () => undefined;
    const slow = fakeApi({
      search: (text: string, options?: SearchOptions) => {
        if (options?.signal) signals.push(options.signal);
        if (text !== '唐') return fakeApi().search(text);
        return new Promise((_resolve, reject) => {
          release = () => reject(new DOMException('aborted', 'AbortError'));
        });
      },
    });
    const { store, actions } = setup(slow);
    const first = actions.search('唐');
    await actions.search('唐大军');
    release();
    await first;
    expect(signals[0]?.aborted).toBe(true);
    expect(store.get().search.results.map((hit) => hit.name)).toEqual(['唐大军']);
    expect(store.get().notice).toBeNull();
  });
});
