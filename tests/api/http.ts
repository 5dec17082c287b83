/**
 * Test helpers for the HTTP API: an app listening on a free loopback port, and
 * requests that read the answer's status, type, headers and body (JSON parsed
 * when the answer is JSON), plus an assertion for problem+json answers.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { expect } from 'vitest';
import { ProblemSchema, type Problem } from '../../schema/api.ts';

export interface Running {
  app: Express;
  server: Server;
  base: string;
}

export async function listen(app: Express): Promise<Running> {
  const server = await new Promise<Server>((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  const { port } = server.address() as AddressInfo;
  return { app, server, base: `http://127.0.0.1:${port}` };
}

export async function stop({ server }: Running): Promise<void> {
  await new Promise((done) => server.close(done));
}

export interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: unknown;
  bytes: Buffer;
}

/** Sends a request to `running` and reads the whole answer. */
export async function call(running: Running, path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(`${running.base}${path}`, init);
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const text = bytes.toString('utf8');
  const body: unknown = type.includes('json') && text !== '' ? JSON.parse(text) : text;
  return { status: res.status, type, headers: res.headers, body, bytes };
}

/** Asserts a problem+json answer with `status` and returns its body. */
export function expectProblem(answer: Answer, status: number): Problem {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.strict().parse(answer.body);
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  return body;
}

/** A multipart body with `files` under `field`. */
export function form(field: string, files: { name: string; content: string | Uint8Array }[]): FormData {
  const data = new FormData();
  for (const file of files) data.append(field, new Blob([file.content]), file.name);
  return data;
}

/** `encodeURIComponent` for ids in paths and query strings. */
export const enc = encodeURIComponent;
