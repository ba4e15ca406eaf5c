import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  AiosError,
  BudgetError,
  ForgeError,
  GitError,
  InputError,
  LedgerError,
  ModelError,
  PolicyError,
  describeError,
  exitCodeOf
} from "./chunk-AYJEV7GA.js";
import "./chunk-HWNULIWO.js";
export {
  AiosError,
  BudgetError,
  ForgeError,
  GitError,
  InputError,
  LedgerError,
  ModelError,
  PolicyError,
  describeError,
  exitCodeOf
};
