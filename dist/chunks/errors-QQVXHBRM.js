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
  SetupError,
  describeError,
  exitCodeOf
} from "./chunk-BXJ33WYV.js";
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
  SetupError,
  describeError,
  exitCodeOf
};
