import { canonicalJson, sha256 } from '../core/hash.js';
import { parseYamlWith } from '../core/yaml-source.js';
import { AiosConfigSchema, type AiosConfig } from './config-schema.js';

/**
 * Validate config text: the config and its hash, or an InputError naming the file, line and
 * field of every problem. What the validated cache keeps under the key `config` and the text.
 */
export function validateConfigText(
  text: string,
  file: string,
): { config: AiosConfig; hash: string } {
  const config = parseYamlWith(AiosConfigSchema, text, file, { what: 'config' });
  return { config, hash: sha256(canonicalJson(config)) };
}
