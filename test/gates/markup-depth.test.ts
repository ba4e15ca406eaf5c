import { describe, expect, it } from 'vitest';
import { createAccessibilityGate } from '../../src/gates/accessibility-gate.js';
import { markupDepth } from '../../src/gates/markup-depth.js';

describe('markupDepth', () => {
  it('counts how deep elements nest, leaving out void elements, optional end tags, comments and raw text', () => {
    expect(markupDepth('<html><body><main><p>Hi <b>there</b></p></main></body></html>')).toBe(4);
    // A long list or table without its optional end tags, images and line breaks add no depth.
    expect(markupDepth(`<ul>${'<li>item<br><img src=a.png alt="">'.repeat(5_000)}</ul>`)).toBe(1);
    expect(markupDepth(`<table>${'<tr><td>a<td>b'.repeat(5_000)}</table>`)).toBe(1);
    // Tags inside a script, a comment or an attribute are not elements.
    expect(
      markupDepth(
        `<div><script>${'<div>'.repeat(50)}</script><!-- ${'<div>'.repeat(50)} --><a title="<div><div>">x</a></div>`,
      ),
    ).toBe(2);
    expect(markupDepth(`${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`)).toBe(20_000);
  });

  it('lets the accessibility gate send back a page nested thousands deep at once, without a crash', async () => {
    const deep = `<!doctype html><html lang="en"><head><title>Deep</title></head><body><main><h1>Deep</h1>${'<div>'.repeat(20_000)}Text${'</div>'.repeat(20_000)}</main></body></html>`;
    const v = await createAccessibilityGate().run({
      files: [
        { path: 'deep.html', content: deep },
        { path: 'fine.html', content: '<main><h1>Fine</h1><p>A plain page.</p></main>' },
      ],
      kind: 'accessibility',
      taskId: 't',
      settings: { browser: 'off' },
    });
    // Told apart from the markup: jsdom, which ran out of stack on it after ~10 s, never sees it.
    expect(v.pass).toBe(false);
    expect(v.findings.map((f) => `${f.path} ${f.rule}`)).toEqual([
      'deep.html aios/nesting-too-deep',
    ]);
  });
});
