/** Configuration from the environment: defaults, validation naming the variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('names the bad variable and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' }, '/srv')).toThrow(/PORT="abc".*integer port/);
    expect(() => loadConfig({ PORT: '70000' }, '/srv')).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }, '/srv')).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, '/srv')).toThrow(/NEO4J_URI.*bolt:/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }, '/srv')).toThrow(/NEO4J_PASSWORD/);
    expect(() => loadConfig({ POLICYGRAPH_GROUP_RELATIONS: '10' }, '/srv')).toThrow(/POLICYGRAPH_GROUP_RELATIONS="10".*from 100/);
  });

  it('reads the relations per ingest write', () => {
    expect(loadConfig({ POLICYGRAPH_GROUP_RELATIONS: '10000' }, '/srv').groupRelations).toBe(10_000);
  });

  it('throws ConfigError', () => {
    expect(() => loadConfig({ PORT: '-1' }, '/srv')).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });

  it('has defaults, and resolves the data folder against the working directory', () => {
    expect(loadConfig({ PORT: '' }, '/srv')).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/.data',
      logLevel: 'info',
      maxFileBytes: 8 * 1024 ** 2,
      lockWaitMs: 60_000,
      groupRelations: undefined,
      neo4j: undefined,
      http: {
        apiKey: undefined,
        readKey: undefined,
        corsOrigins: [],
        jsonLimitBytes: 1024 ** 2,
        uploadLimitBytes: 8 * 1024 ** 2,
        uploadMaxFiles: 20,
        cypherPerMinute: 60,
        uploadsPerMinute: 30,
      },
    });
    expect(loadConfig({ POLICYGRAPH_DATA: 'store' }, '/srv').dataDir).toBe('/srv/store');
  });

  it('chooses Neo4j when NEO4J_URI is set, bolt:// or neo4j://', () => {
    const env = { NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'graph' };
    expect(loadConfig(env, '/srv').neo4j).toEqual({
      uri: 'neo4j://db.example:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
    expect(loadConfig({ ...env, NEO4J_URI: 'bolt://127.0.0.1:7687' }, '/srv').neo4j?.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('reads keys, CORS origins and size limits, and hides secrets in its messages', () => {
    const http = loadConfig(
      {
        POLICYGRAPH_API_KEY: 'k'.repeat(32),
        POLICYGRAPH_CORS_ORIGINS: 'https://example.org, http://localhost:5173',
        POLICYGRAPH_JSON_LIMIT: '64kb',
        POLICYGRAPH_UPLOAD_LIMIT: '2mb',
        POLICYGRAPH_UPLOAD_FILES: '3',
      },
      '/srv',
    ).http;
    expect(http).toEqual({
      apiKey: 'k'.repeat(32),
      readKey: undefined,
      corsOrigins: ['https://example.org', 'http://localhost:5173'],
      jsonLimitBytes: 64 * 1024,
      uploadLimitBytes: 2 * 1024 ** 2,
      uploadMaxFiles: 3,
      cypherPerMinute: 60,
      uploadsPerMinute: 30,
    });
    expect(() => loadConfig({ POLICYGRAPH_API_KEY: 'short-secret' }, '/srv')).toThrow(/POLICYGRAPH_API_KEY=\(12 characters, not shown\)/);
    expect(() => loadConfig({ POLICYGRAPH_API_KEY: 'short-secret' }, '/srv')).not.toThrow(/short-secret/);
    expect(() => loadConfig({ POLICYGRAPH_CORS_ORIGINS: 'https://example.org/path' }, '/srv')).toThrow(/POLICYGRAPH_CORS_ORIGINS/);
    expect(() => loadConfig({ POLICYGRAPH_JSON_LIMIT: 'lots' }, '/srv')).toThrow(/POLICYGRAPH_JSON_LIMIT/);
  });
});
