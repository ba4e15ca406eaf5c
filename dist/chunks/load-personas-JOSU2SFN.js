import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
} from "./chunk-GLCVZMAY.js";
import "./chunk-PBPECE3A.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-KYZ73INA.js";
import "./chunk-7E7VTGW2.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
};
