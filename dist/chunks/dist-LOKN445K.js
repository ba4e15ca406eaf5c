import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  A,
  Ae,
  Ht,
  Kt,
  O,
  Sn,
  Vt,
  at,
  c,
  qe,
  wo,
  xe,
  zt
} from "./chunk-OPFM54M4.js";
import "./chunk-HWNULIWO.js";
export {
  qe as CheckRepoActions,
  zt as CleanOptions,
  Kt as DiffNameStatus,
  Ht as GitConfigScope,
  Ae as GitConstructError,
  O as GitError,
  A as GitPluginError,
  at as GitResponseError,
  Vt as ResetMode,
  xe as TaskConfigurationError,
  Sn as grepQueryBuilder,
  c as pathspec,
  wo as simpleGit
};
