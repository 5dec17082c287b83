/**
 * Chooses and opens the GraphStore the configuration asks for: the embedded
 * store by default; Neo4j when NEO4J_URI is set (config.neo4j).
 */
import { ConfigError } from '../../schema/errors.ts';
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import type { GraphStore } from './types.ts';

/** The part of the configuration that decides the store. */
export type StoreConfig = Pick<Config, 'dataDir' | 'neo4j'>;

/** Creates the configured store without connecting. */
export function createStore(config: StoreConfig): GraphStore {
  if (config.neo4j) {
    throw new ConfigError('NEO4J_URI is set, but this build has no Neo4j store yet; unset NEO4J_URI to use the embedded store.');
  }
  return new EmbeddedStore({ dataDir: config.dataDir });
}

/** Creates the configured store and opens it (connects, applies the schema, loads the snapshot). */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store = createStore(config);
  await store.open();
  return store;
}
