import { cachedValidation } from '../core/validated-cache.js';
import type { LoadedConfig } from './config-file.js';
import { validateConfigText } from './config-text.js';

// The config's loader lives in config-file.ts, which loads the schema only to validate a text
// the validated cache has not seen; this module adds the synchronous `parseConfig`.
export {
  defaultConfigPath,
  loadConfig,
  REPO_CONFIG_PATH,
  type LoadedConfig,
} from './config-file.js';

/**
 * Parse config text. Errors name the file, line and field. A text validated before is read
 * back from the validated cache (keyed by the text itself, so any change is validated again).
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  const { config, hash } = cachedValidation('config', [text], () => validateConfigText(text, file));
  return { config, file, hash, text };
}
