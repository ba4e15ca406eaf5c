import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '../../src/core/did-you-mean.js';

const kinds = ['copy-editing', 'proofreading', 'code-hardening', 'wp-plugin', 'css'];

describe('closestName', () => {
  it('finds a name within two edits, or the same letters written another way, or a prefix', () => {
    expect(closestName('proofreadign', kinds)).toBe('proofreading');
    expect(closestName('Copy_Editing', kinds)).toBe('copy-editing');
    expect(closestName('copyedit', kinds)).toBe('copy-editing');
    expect(closestName('wp plugin', kinds)).toBe('wp-plugin');
  });

  it('suggests nothing for a name that is not close, nor for a short prefix', () => {
    expect(closestName('accessibility', kinds)).toBeUndefined();
    expect(closestName('co', kinds)).toBeUndefined();
    expect(didYouMean('translation', kinds)).toBe('');
    expect(didYouMean('csss', kinds)).toBe('; did you mean "css"?');
  });
});
