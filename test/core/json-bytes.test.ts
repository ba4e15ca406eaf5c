import { describe, expect, it } from 'vitest';
import { parseJsonBytes } from '../../src/core/json-bytes.js';

const NOT_UTF8 = /its bytes are not UTF-8 text \(JSON files are UTF-8: RFC 8259 §8\.1\)/;

describe('parseJsonBytes', () => {
  it('parses UTF-8 JSON, characters beyond ASCII included', () => {
    expect(parseJsonBytes(Buffer.from('{"title":"Café — 日本 🎉"}', 'utf8'))).toEqual({
      title: 'Café — 日本 🎉',
    });
  });

  it.each([
    ['a byte no UTF-8 text holds', [0xff]],
    ['a lone continuation byte', [0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate written as UTF-8', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short', [0xe6, 0x97]],
    ['Latin-1 text', [0xe9]],
  ])('refuses %s inside a string, naming the rule', (_name, bad) => {
    const bytes = Buffer.concat([Buffer.from('{"title":"a'), Buffer.from(bad), Buffer.from('b"}')]);
    expect(() => parseJsonBytes(bytes)).toThrow(SyntaxError);
    expect(() => parseJsonBytes(bytes)).toThrow(NOT_UTF8);
  });

  it('leaves every other fault to JSON.parse and its message', () => {
    expect(() => parseJsonBytes(Buffer.from('{"a":'))).toThrow(SyntaxError);
    expect(() => parseJsonBytes(Buffer.from('{"a":'))).not.toThrow(NOT_UTF8);
    // A byte-order mark is UTF-8, but not JSON text (RFC 8259 §8.1: not to be added).
    expect(() => parseJsonBytes(Buffer.from('\ufeff{}', 'utf8'))).toThrow(SyntaxError);
  });
});
