/**
 * Vitest global setup of the `e2e` project: builds the web explorer when
 * web/dist is missing (`npm test` builds it first; a lone `vitest --project e2e`
 * may not have).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default function setup(): void {
  if (existsSync(`${root}web/dist/index.html`)) return;
  execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}
