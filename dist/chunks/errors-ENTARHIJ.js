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
} from "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
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
