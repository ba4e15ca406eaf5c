// The action entry GitHub runs (bundled to dist/action.js): wiring only.
import { runAction } from './run-action.js';

process.exitCode = await runAction();
