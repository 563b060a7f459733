#!/usr/bin/env node
// Entry point of the `relais` command. The sources are TypeScript run through tsx,
// so a checkout works without a build step for the server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
