#!/usr/bin/env node
// The `policygraph` command: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
