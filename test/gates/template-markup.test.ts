import { describe, expect, it } from 'vitest';
import { createAccessibilityGate } from '../../src/gates/accessibility-gate.js';

// A WordPress theme's templates, as the starter themes write them: one page split across
// header.php and footer.php, attributes and the title printed by PHP.
const header = `<?php
/**
 * The header.
 */
?>
<!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary"><?php esc_html_e( 'Skip to content', 'acme' ); ?></a>
	<header id="masthead" class="site-header">
		<p class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
	</header>
`;
const footer = `	<footer id="colophon" class="site-footer">
		<p><?php printf( esc_html__( 'Proudly powered by %s', 'acme' ), 'WordPress' ); ?></p>
	</footer>
</div><!-- #page -->
<?php wp_footer(); ?>
</body>
</html>
`;

const run = (files: Record<string, string>) =>
  createAccessibilityGate().run({
    files: Object.entries(files).map(([path, content]) => ({ path, content })),
    kind: 'accessibility',
    taskId: 't',
    settings: { browser: 'off' },
    risk: 'low',
  });
const blocking = (v: Awaited<ReturnType<typeof run>>) =>
  v.findings.filter((f) => f.severity === 'error').map((f) => `${f.path}:${f.line} ${f.rule}`);

describe('PHP templates', () => {
  it('does not send back a page split across templates, or what their PHP prints, and says what it did not judge', async () => {
    const v = await run({ 'header.php': header, 'footer.php': footer });
    expect(blocking(v)).toEqual([]);
    expect(v.pass).toBe(true);
    const said = v.findings.map((f) => `${f.path}:${f.line} ${f.rule}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'header.php:7 html-validate/element-required-attributes', // lang from language_attributes()
        'header.php:8 html-validate/element-required-content', // <title> from wp_head()
        'header.php:9 html-validate/attribute-allowed-values', // charset from bloginfo()
        'header.php:15 html-validate/close-order', // #page closed in footer.php
        'footer.php:4 html-validate/close-order',
      ]),
    );
    expect(v.findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('still sends back what no PHP can mend, in a template as in a page', async () => {
    const v = await run({
      // The image's address is printed, its text alternative is missing.
      'card.php': `<div class="card">\n<img src="<?php echo esc_url( $src ); ?>">\n<input type="text" name="q">\n</div>\n`,
      // A whole page whose <html> takes nothing from PHP has no language, and an element it
      // closes twice is its own mistake, not another template's.
      'page.php': `<?php defined( 'ABSPATH' ) || exit; ?>\n<!doctype html>\n<html>\n<head><title>Events</title></head>\n<body><main><h1>Events</h1></main></div></body>\n</html>\n`,
    });
    // An image whose attributes a PHP block prints may get its alternative there: said, not sent back.
    const printed = await run({
      'thumb.php': '<div>\n<img <?php echo acme_image_attributes(); ?>>\n</div>\n',
    });
    expect(printed.findings.map((f) => `${f.line} ${f.rule} ${f.severity}`)).toEqual([
      '2 axe/image-alt info',
      '2 html-validate/element-required-attributes info',
    ]);
    expect(blocking(v)).toEqual(
      expect.arrayContaining([
        'card.php:2 axe/image-alt',
        'card.php:3 axe/label',
        'page.php:3 axe/html-has-lang',
        'page.php:5 html-validate/close-order',
      ]),
    );
  });
});
