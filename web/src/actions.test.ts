import { describe, expect, it } from 'vitest';
import type { SearchOptions, Api } from './api.ts';
import { ApiError } from './api.ts';
import { createActions } from './actions.ts';
import { initialState } from './state/initial.ts';
import { createStore } from './state/store.ts';
import { jiangjin, npc, subgraph, tang, tangDetail, tangDeputy, tangSecretary } from './testing/fixtures.ts';

const notFound = new ApiError(404, { kind: 'problem', detail: 'No entity person:无名' }, 'not found');

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    overview: async () => subgraph([jiangjin], []),
    search: async (text: string) => ({ results: [{ id: tang.id, type: tang.type, name: text, aliases: [] }] }),
    entity: async (id) => (id === tang.id ? tangDetail : Promise.reject(notFound)),
    neighbours: async () => subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy], true),
    ...overrides,
  };
}

const setup = (api: Api = fakeApi()) => {
  const store = createStore(initialState('en'));
  return { store, actions: createActions(store, api) };
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

  it('shows the server detail and does not move the camera when the entity is missing', async () => {
    const { store, actions } = setup();
    await actions.focus('person:无名');
    expect(store.get().notice).toEqual({ kind: 'problem', detail: 'No entity person:无名' });
    expect(store.get().detail.status).toBe('error');
    expect(store.get().camera).toBeNull();
  });

  it('expands neighbours beside the node', async () => {
    const { store, actions } = setup();
    await actions.loadOverview();
    await actions.focus(tang.id);
    await actions.expand(tang.id);
    expect(store.get().dataset.anchors.get(npc.id)).toBe(tang.id);
    expect(store.get().detail.expandTruncated).toBe(true);
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
