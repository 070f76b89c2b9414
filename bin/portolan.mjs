#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx portolan` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await run(process.argv.slice(2), processIo);
