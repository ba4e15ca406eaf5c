import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
} from "./chunk-SPFN5JVL.js";
import "./chunk-EJ4ZRYJA.js";
import "./chunk-EGP66IBB.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  PersonaRegistry,
  defaultPersonaDir,
  loadPersonas,
  parsePersona,
  personaFolder
};
