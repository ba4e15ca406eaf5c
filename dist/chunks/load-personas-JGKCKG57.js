import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  frontMatterLine,
  loadPersonas,
  parsePersona,
  personaFolder,
  withStandards
} from "./chunk-WAROP4JU.js";
import "./chunk-56SP7YYP.js";
import "./chunk-ABAMJTHF.js";
import "./chunk-UHXTJYRY.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-YYY34MQM.js";
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
