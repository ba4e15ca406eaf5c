import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
} from "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-KYZ73INA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
};
