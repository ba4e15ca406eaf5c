#!/usr/bin/env node
// The `aios` command: runs the bundled CLI. Built by `npm run build` (run by `npm ci` via prepare).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
