import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  frontMatterLine,
  loadPersonas,
  parsePersona,
  personaFolder,
  withStandards
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
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
