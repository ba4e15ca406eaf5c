#!/usr/bin/env node
// The `aios` command: runs the bundled CLI. Built by `npm run build` (run by `npm ci` via prepare).
// The compile cache keeps V8's compiled code for the bundle between runs: start-up matters
// because every job step and every CLI call is a fresh process.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
