import { describe, expect, it, vi } from 'vitest';
import { createAccessibilityGate } from '../../src/gates/accessibility-gate.js';
import { BrowserSession } from '../../src/gates/browser-session.js';
import { findChromium } from '../../src/gates/chromium.js';
import type { GateInput } from '../../src/gates/gate.js';
import { isDocument, staticMarkup } from '../../src/gates/html-source.js';
import { sharedBrowsers } from '../support/shared-browser.js';

const gate = createAccessibilityGate();
// The Chromium runs below borrow the worker's browser (each gate run otherwise launches its own).
const lent = createAccessibilityGate({ browsers: sharedBrowsers });
const hasBrowser = findChromium() !== undefined;

const page = [
  '<main>',
  '<h1>Offers</h1>',
  '<img src="a.png">',
  '<div onclick="go()">Go</div>',
  '<p style="color:#bbb;background:#fff">faint</p>',
  '<div id="a"></div><div id="a"></div>',
  '</main>',
].join('\n');

const input = (over: Partial<GateInput>): GateInput => ({
  files: [{ path: 'site/offers.html', content: page }],
  kind: 'accessibility',
  taskId: 't',
  ...over,
});

describe('accessibility gate', () => {
  it('keeps PHP template lines where they were when it takes out the PHP', () => {
    const php =
      '<?php\n// header\n?>\n<div>\n<?php if ( $a ) : ?>\n<img src="<?php echo esc_url( $u ); ?>">\n<?php endif; ?>\n</div>\n';
    const markup = staticMarkup('t.php', php)!;
    expect(markup.split('\n')).toHaveLength(php.split('\n').length);
    expect(markup.split('\n')[5]).toBe('<img src="php">');
    expect(staticMarkup('code.php', "<?php\nfunction x() { return '<b>'; }\n")).toBeUndefined();
    // The guard line most templates start with prints nothing before the doctype: the page is
    // still a document, its lines where they were.
    const template = staticMarkup(
      'page.php',
      "<?php defined( 'ABSPATH' ) || exit; ?>\n<?php\n// comment\n?>\n<!doctype html>\n<html <?php language_attributes(); ?>>\n",
    )!;
    expect(isDocument(template)).toBe(true);
    expect(template.split('\n')).toEqual(['', '', '', '', '<!doctype html>', '<html php>', '']);
    expect(staticMarkup('a.css', 'p{}')).toBeUndefined();
  });

  it('in jsdom: finds missing alt text, a clickable div and a duplicate id with rule, WCAG, line and selector, and says what it could not check', async () => {
    const v = await gate.run(input({ settings: { browser: 'off' }, risk: 'low' }));
    expect(v.pass).toBe(false);
    const byRule = new Map(v.findings.map((f) => [f.rule, f]));
    expect(byRule.get('axe/image-alt')).toMatchObject({
      severity: 'error',
      line: 3,
      selector: 'img',
      wcag: ['1.1.1'],
      path: 'site/offers.html',
    });
    expect(byRule.get('aios/click-without-keyboard')).toMatchObject({
      line: 4,
      wcag: ['2.1.1', '4.1.2'],
    });
    expect(byRule.get('html-validate/no-dup-id')?.line).toBe(6);
    expect(byRule.has('axe/color-contrast')).toBe(false);
    expect(v.notChecked?.map((n) => n.rule)).toEqual(
      expect.arrayContaining([
        'axe/color-contrast',
        'axe/target-size',
        'axe/scrollable-region-focusable',
      ]),
    );
    expect(v.notChecked?.[0]?.reason).toBe('not checked: needs a browser');
    expect(v.checkers?.map((c) => c.name)).toEqual([
      'axe-core',
      'html-validate',
      'franc-min',
      'jsdom',
    ]);
  });

  it('fails closed at a risk the config says needs a browser when there is none', async () => {
    const v = await gate.run(
      input({ settings: { browser: 'off', requireBrowserAtRisk: ['high'] }, risk: 'high' }),
    );
    expect(v.pass).toBe(false);
    expect(v.findings.map((f) => f.rule)).toEqual(['browser-required']);
  });

  it('passes an accessible page and ignores files that hold no markup', async () => {
    const ok = [
      '<!doctype html><html lang="en"><head><title>Offers</title></head><body>',
      '<main><h1>Offers</h1><img src="a.png" alt="A red bicycle">',
      '<button type="button">Go</button></main></body></html>',
    ].join('\n');
    const v = await gate.run(
      input({
        files: [
          { path: 'index.html', content: ok },
          { path: 'inc/a.php', content: '<?php\nreturn 1;\n' },
        ],
        settings: { browser: 'off' },
      }),
    );
    expect(v.findings).toEqual([]);
    expect(v.pass).toBe(true);
  });

  it.runIf(hasBrowser)(
    'in Chromium: names each control whose keyboard focus shows nothing, and passes every way of showing it',
    async () => {
      const head = '<!doctype html><html lang="en"><head><title>F</title><style>';
      const page = (css: string, body: string) =>
        `${head}${css}</style></head><body><main><h1>F</h1>\n${body}\n</main></body></html>`;
      const files = [
        [
          'removed.html',
          page(
            '*:focus { outline: 0 }',
            '<a href="/a">Account</a>\n<button type="button">Search</button>\n<input aria-label="q">\n<select aria-label="s"><option>One</option></select>',
          ),
        ],
        [
          'shown.html',
          page(
            '.r input { opacity: 0; position: absolute } .r input:focus { outline: none } .r label::before { content: ""; display: inline-block; width: 20px; height: 20px; border: 2px solid #000 } .r input:focus + label::before { box-shadow: 0 0 0 4px #fd0 } .t { transition: box-shadow .5s } .t:focus { outline: none; box-shadow: 0 0 0 3px #000 } .c2:focus { outline: none } .card:has(.c2:focus) { box-shadow: 0 0 0 3px #000 } .s:focus { outline: none; box-shadow: 0 0 0 3px #1d70b8 } .b:focus-visible { outline: none; background: #fd0 } .u { text-decoration: none } .u:focus { outline: 0; text-decoration: underline } .f:focus-within { box-shadow: 0 0 0 2px #000 } .f input:focus { outline: none } .skip { position: absolute; left: -9999px } .skip:focus { left: 0; outline: none } .cl { position: absolute; clip: rect(0 0 0 0) } .cl:focus { clip: auto; outline: none } .in:focus { outline: none } .in:focus span { box-shadow: 0 0 0 3px #000 }',
            '<a class="skip" href="#m">Skip</a><a class="cl" href="#m">Skip again</a>\n<a href="/d">Default</a>\n<a class="s" href="/s">Shadow</a>\n<a class="b" href="/b">Background</a>\n<a class="u" href="/u">Underline</a>\n<div class="f"><input aria-label="q"></div>\n<button type="button" disabled>Off</button>\n' +
              // A custom radio: the input hidden, the ring drawn on its label's ::before.
              '<div class="r"><input type="radio" id="r1" name="r"><label for="r1">Yes</label></div>\n' +
              // A style that fades in, and a card lit by :has() three levels up.
              '<a class="t" href="/t">Fades</a><button class="in" type="button"><span>Inner</span></button>\n<div class="card"><div><p><a href="/c" class="c2">Card</a></p></div></div>',
          ),
        ],
      ].map(([path, content]) => ({ path: path!, content: content! }));
      const v = await lent.run(input({ files, risk: 'high' }));
      const focus = v.findings.filter((f) => f.rule === 'aios/focus-visible');
      expect(focus.map((f) => `${f.path}:${f.line}`)).toEqual([
        'removed.html:2',
        'removed.html:3',
        'removed.html:4',
        'removed.html:5',
      ]);
      expect(focus[0]).toMatchObject({ severity: 'error', wcag: ['2.4.7'] });
      expect(focus[0]?.message).toMatch(/^a "Account" shows no sign of keyboard focus/);
      // Controls styled alike are checked once: 40 links with their focus ring removed are one
      // finding, the rule to fix.
      const alike = await lent.run(
        input({
          files: [
            {
              path: 'menu.html',
              content: page(
                'nav a:focus { outline: none }',
                // A copy of the menu hidden at this width comes first: its links cannot take
                // focus, so the shown menu's are checked instead.
                `<nav hidden>${Array.from({ length: 5 }, (_, i) => `<a href="/h${i}">H${i}</a>`).join('')}</nav><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/m${i}">M${i}</a>`).join('')}</nav>`,
              ),
            },
          ],
        }),
      );
      expect(alike.findings.filter((f) => f.rule === 'aios/focus-visible')).toHaveLength(1);
      expect(alike.notChecked).toBeUndefined();
      // A page past the limit of differently styled controls: the first checked, the rest said
      // not to be.
      const links = Array.from(
        { length: 203 },
        (_, i) => `<a class="c${i}" href="/p${i}">Page ${i}</a>`,
      );
      const long = await lent.run(
        input({ files: [{ path: 'long.html', content: page('', links.join('\n')) }] }),
      );
      expect(long.notChecked).toEqual([
        {
          rule: 'aios/focus-visible',
          reason:
            'long.html: the first 200 differently styled controls checked, 3 more controls not',
        },
      ]);
      // Without a browser it is said not to be checked.
      const off = await gate.run(input({ files, settings: { browser: 'off' } }));
      expect(off.notChecked).toContainEqual({
        rule: 'aios/focus-visible',
        reason: 'not checked: needs a browser',
      });
    },
    60_000,
  );

  it.runIf(hasBrowser)(
    'in Chromium: also judges colour contrast',
    async () => {
      const v = await lent.run(input({ risk: 'high' }));
      expect(v.checkers?.map((c) => c.name)).toContain('playwright-core');
      expect(v.notChecked).toBeUndefined();
      expect(v.findings.find((f) => f.rule === 'axe/color-contrast')).toMatchObject({
        line: 5,
        wcag: ['1.4.3'],
      });
      expect(v.findings.find((f) => f.rule === 'axe/image-alt')?.line).toBe(3);
    },
    60_000,
  );

  it.runIf(hasBrowser)(
    "in Chromium: nothing of one page reaches the next page's check (a policy, autofocus, the document's mode, a titled style sheet)",
    async () => {
      const faint = '<p style="color:#bbb;background:#fff">faint</p>';
      const files = [
        // A policy in markup that, kept for the next page, would stop its inline styles.
        [
          'policy.html',
          '<!doctype html><html lang="en"><head><title>P</title><meta http-equiv="Content-Security-Policy" content="style-src \'none\'"></head><body><main><h1>P</h1></main></body></html>',
        ],
        ['after-policy.html', `<main><h1>A</h1>\n${faint}</main>`],
        ['plain.html', '<main><h1>B</h1>\n<img src="b.png"></main>'],
        ['focus.html', `<main><h1>C</h1><input autofocus aria-label="c">\n${faint}</main>`],
        ['after-focus.html', `<main><h1>D</h1>\n\n${faint}</main>`],
        [
          'document.html',
          `<!doctype html><html lang="en"><head><title>E</title></head><body><main><h1>E</h1>${faint}</main></body></html>`,
        ],
        ['fragment.html', `<main><h1>F</h1>\n\n\n${faint}</main>`],
        // A titled style sheet names the document's preferred set: kept for the next page,
        // that page's own titled sheet would go unapplied.
        ['titled.html', '<style title="one">h1{color:#000}</style><main><h1>G</h1></main>'],
        [
          'titled-faint.html',
          '<style media="all" title="two">p{color:#bbb;background:#fff}</style><main><h1>H</h1>\n<p>faint</p></main>',
        ],
      ].map(([path, content]) => ({ path: path!, content: content! }));
      const v = await lent.run(input({ files, risk: 'high' }));
      const found = v.findings.map((f) => `${f.path}:${f.line ?? '-'} ${f.rule}`).sort();
      expect(found).toEqual([
        'after-focus.html:3 axe/color-contrast',
        'after-policy.html:2 axe/color-contrast',
        'document.html:1 axe/color-contrast',
        'focus.html:2 axe/color-contrast',
        'fragment.html:4 axe/color-contrast',
        'plain.html:2 axe/image-alt',
        'titled-faint.html:2 axe/color-contrast',
      ]);
    },
    60_000,
  );

  it.runIf(hasBrowser)(
    'in Chromium: a browser session lends one browser to every run and closes it when asked',
    async () => {
      // A session of its own: closing it is what the test is about, and the worker's shared
      // session is never closed by a test file (test/support/shared-browser.ts).
      const executable = findChromium()!;
      const browsers = new BrowserSession();
      try {
        const before = await browsers.browser(executable);
        // The run's context is opened in the lent browser: a run that launched its own would
        // leave this browser as it found it and pass every check below.
        const opened = vi.spyOn(before, 'newContext');
        const v = await createAccessibilityGate({ browsers }).run(input({ risk: 'high' }));
        expect(v.findings.find((f) => f.rule === 'axe/color-contrast')?.line).toBe(5);
        expect(opened).toHaveBeenCalledOnce();
        // The run closed its own context and left the browser to the session.
        expect(await browsers.browser(executable)).toBe(before);
        expect(before.contexts()).toEqual([]);
        await browsers.close();
        expect(before.isConnected()).toBe(false);
      } finally {
        await browsers.close(); // safe to call twice
      }
    },
    60_000,
  );
});

describe('the page read as text: its language and its file-name alternatives', () => {
  const english =
    'Apply for a fishing licence online. You need a licence to fish for salmon, trout, freshwater fish, smelt or eel in England.';
  const german =
    'Beantragen Sie einen Angelschein online. Sie brauchen einen Schein, um Lachs, Forelle oder Aal in Deutschland zu angeln.';
  const french =
    'Demandez un permis de pêche en ligne. Vous avez besoin d’un permis pour pêcher le saumon, la truite ou l’anguille en France.';
  const doc = (lang: string, body: string) =>
    `<!doctype html>\n<html lang="${lang}">\n<head><title>Fishing</title></head>\n<body><main><h1>Fishing</h1>\n${body}\n</main></body></html>\n`;
  // Every page in one run of the gate (one browser context, as a task's attempt has them).
  const pages: Record<string, { content: string; expect: string[] }> = {
    'wrong-page.html': {
      content: doc('fr', `<p>${english}</p>`),
      expect: ['aios/language-of-page:2:3.1.1'],
    },
    'wrong-part.html': {
      content: doc('en', `<p>${english}</p>\n<blockquote lang="de">${french}</blockquote>`),
      expect: ['aios/language-of-parts:6:3.1.2'],
    },
    'alt-file.html': {
      content: doc(
        'en',
        '<img src="map.png" alt="site-map.png">\n<img src="b.jpg" alt="IMG_2041">',
      ),
      expect: ['aios/alt-is-file-name:5:1.1.1', 'aios/alt-is-file-name:6:1.1.1'],
    },
    // Right as declared: a French page with an English quotation marked as such (a region tag),
    // code in another language, text too short to judge (menu words), a language franc-min does
    // not know (not judged), an alt that describes.
    'quoted.html': {
      content: doc('fr-FR', `<p>${french}</p>\n<p lang="en-GB">${english}</p>`),
      expect: [],
    },
    'code.html': {
      content: doc('en', `<p>${english}</p>\n<pre><code>${french}</code></pre>`),
      expect: [],
    },
    'menu.html': {
      content: doc(
        'fr',
        '<nav><a href="/">Home</a> <a href="/a">About us</a> <a href="/c">Contact us</a></nav>',
      ),
      expect: [],
    },
    'danish.html': { content: doc('da', `<p>${english}</p>`), expect: [] },
    // A template's PHP blocks stand in its markup as placeholders: no language is read into them.
    'template.php': {
      content: `<?php defined( 'ABSPATH' ) || exit; ?>\n${doc('de', `<p>${'<?php echo esc_html( $x ); ?> '.repeat(40)}${german}</p>`)}`,
      expect: [],
    },
    'alt-ok.html': {
      content: doc('en', '<img src="river.jpg" alt="Two anglers on a river at dawn">'),
      expect: [],
    },
  };

  for (const browser of [false, ...(hasBrowser ? [true] : [])])
    it(`${browser ? 'in Chromium' : 'in jsdom'}: sends back a lang its text is clearly not in, page or part, and an alt that is a file name`, async () => {
      const v = await (browser ? lent : gate).run(
        input({
          files: Object.entries(pages).map(([path, p]) => ({ path, content: p.content })),
          settings: browser ? {} : { browser: 'off' },
          risk: 'low',
        }),
      );
      for (const [path, p] of Object.entries(pages))
        expect(
          v.findings
            .filter((f) => f.path === path && f.rule.startsWith('aios/'))
            .map((f) => `${f.rule}:${f.line ?? '?'}:${(f.wcag ?? []).join(',')}`),
          path,
        ).toEqual(p.expect);
    }, 60_000);
});

describe('HTML emails', () => {
  const email = (cell: string) =>
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Welcome</title></head>\n<body style="margin:0">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">\n<tr><td align="center" style="padding:24px 0;font-family:Arial,sans-serif;color:#222222;">\n${cell}\n</td></tr>\n</table>\n</body>\n</html>\n`;
  const run = (path: string, content: string, kind = 'email-template') =>
    gate.run({
      files: [{ path, content }],
      kind,
      taskId: 't',
      settings: { browser: 'off' },
      risk: 'low',
    });
  const rules = async (path: string, content: string, kind?: string) =>
    (await run(path, content, kind)).findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.line} ${f.rule}`);

  it('judges an email by access, not by a web page’s structure or the attributes Outlook needs', async () => {
    const welcome = email('<h1>Welcome</h1>\n<p>Your account is ready.</p>');
    expect(await rules('welcome.html', welcome)).toEqual([]);
    // Found by its folder when the task's kind does not say.
    expect(await rules('emails/welcome.html', welcome, 'writing')).toEqual([]);
    // The same markup as a web page: its deprecated attributes are sent back.
    expect(await rules('pages/welcome.html', welcome, 'writing')).toEqual(
      expect.arrayContaining(['5 html-validate/no-deprecated-attr']),
    );
    // What an email must still have: a text alternative for its images.
    expect(await rules('welcome.html', email('<img src="hero.png" width="600">'))).toEqual(
      expect.arrayContaining(['7 axe/image-alt']),
    );
  });
});
