/** Runs the GraphStore contract suite against the embedded store, each test in a fresh data folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { describeStoreContract } from './contract/store-contract.ts';

const folders: string[] = [];

describeStoreContract('embedded', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-contract-'));
  folders.push(dataDir);
  const store = new EmbeddedStore({ dataDir });
  await store.open();
  return store;
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});
