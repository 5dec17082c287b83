/**
 * Chooses and opens the GraphStore the configuration asks for: the embedded
 * store by default; Neo4j when NEO4J_URI is set (config.neo4j).
 */
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from './types.ts';

/** The part of the configuration that decides the store. */
export type StoreConfig = Pick<Config, 'dataDir' | 'neo4j'>;

/** Creates the configured store without connecting. */
export function createStore(config: StoreConfig): GraphStore {
  if (config.neo4j) return new Neo4jStore(config.neo4j);
  return new EmbeddedStore({ dataDir: config.dataDir });
}

/** Creates the configured store and opens it (connects, applies the schema, loads the snapshot). */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store = createStore(config);
  await store.open();
  return store;
}
