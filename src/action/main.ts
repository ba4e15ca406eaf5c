// The action entry GitHub runs (bundled to dist/action.js): wiring only.
import { setUpZodForShortProcesses } from '../core/zod-setup.js';
import { runAction } from './run-action.js';

setUpZodForShortProcesses();
process.exitCode = await runAction();
