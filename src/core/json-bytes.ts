import { isUtf8 } from 'node:buffer';

/**
 * Parse a stored JSON file's bytes. JSON exchanged between systems is UTF-8 (RFC 8259 §8.1),
 * and every file AIOS writes is; bytes that are not UTF-8 were made some other way. Decoding
 * them anyway would swap each bad sequence for U+FFFD without a word, so a verified ledger, a
 * report and an export would each show text the file does not hold. Throws a SyntaxError, as
 * JSON.parse does, naming which rule the bytes break. (The check runs at memory speed: a few
 * milliseconds over 100,000 entries.)
 */
export function parseJsonBytes(bytes: Buffer): unknown {
  if (!isUtf8(bytes))
    throw new SyntaxError('its bytes are not UTF-8 text (JSON files are UTF-8: RFC 8259 §8.1)');
  return JSON.parse(bytes.toString('utf8'));
}
