import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  frontMatterLine,
  loadPersonas,
  parsePersona,
  personaFolder,
  withStandards
} from "./chunk-I64QJB2E.js";
import "./chunk-56SP7YYP.js";
import "./chunk-F3FEUJ4T.js";
import "./chunk-TMY6NJDE.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  PersonaRegistry,
  defaultPersonaDir,
  frontMatterLine,
  loadPersonas,
  parsePersona,
  personaFolder,
  withStandards
};
