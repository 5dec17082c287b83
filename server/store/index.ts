/**
 * Chooses and opens the GraphStore the configuration asks for: the embedded
 * store by default; Neo4j when NEO4J_URI is set (config.neo4j).
 */
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import type { LockOwner } from './embedded/lock.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from './types.ts';

/** The part of the configuration that decides the store. */
export type StoreConfig = Pick<Config, 'dataDir' | 'neo4j'> & Partial<Pick<Config, 'lockWaitMs'>>;

export interface StoreUse {
  /** 'read' for commands that only read (stats, export): the embedded store takes no lock then. */
  access?: 'read' | 'write';
  /** Told when another process writes the embedded store's folder and this one starts waiting. */
  onLockWait?: (owner: LockOwner) => void;
  /** Bulk ingest: the embedded store fsyncs its journal at most this often (ms) instead of every write. */
  syncEveryMs?: number;
}

/** Creates the configured store without connecting. */
export function createStore(config: StoreConfig, use: StoreUse = {}): GraphStore {
  if (config.neo4j) return new Neo4jStore(config.neo4j);
  return new EmbeddedStore({
    dataDir: config.dataDir,
    access: use.access ?? 'write',
    lockWaitMs: config.lockWaitMs ?? 0,
    ...(use.onLockWait ? { onLockWait: use.onLockWait } : {}),
    ...(use.syncEveryMs !== undefined ? { syncEveryMs: use.syncEveryMs } : {}),
  });
}

/** Creates the configured store and opens it (connects, applies the schema, loads the snapshot). */
export async function openStore(config: StoreConfig, use: StoreUse = {}): Promise<GraphStore> {
  const store = createStore(config, use);
  await store.open();
  return store;
}
