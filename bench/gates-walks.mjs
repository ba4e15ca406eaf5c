// CPU time of the PHP gates' own walks against php-parser's parse, on the 2,000-line plugin of
// `gates.bench.mjs`: each gate runs on one file object, so after the first run the parse is
// shared and only the walk is timed. Process CPU time over 300 runs, so a machine busy with
// other work moves it far less than wall time. Not a benchmark with a target (no results file):
// `node --import tsx bench/gates-walks.mjs`.
import { Engine } from 'php-parser';

const { createCodeReadabilityGate } = await import('../src/gates/code-readability-gate.ts');
const { createWordPressSecurityGate } = await import('../src/gates/wordpress-security-gate.ts');

function php2000() {
  const fn = (i) => `
/**
 * Save setting ${i}.
 */
function acme_save_setting_${i}( $value, $context ) {
\tif ( ! current_user_can( 'manage_options' ) ) {
\t\treturn false;
\t}
\t$clean = sanitize_text_field( $value );
\tif ( '' === $clean ) {
\t\treturn false;
\t}
\tforeach ( (array) $context as $key => $item ) {
\t\tif ( $item && $key ) {
\t\t\t$clean .= '-' . sanitize_key( $key );
\t\t}
\t}
\treturn update_option( 'acme_setting_${i}', $clean );
}
`;
  let src = "<?php\n/**\n * Plugin Name: Acme Bench\n */\ndefined( 'ABSPATH' ) || exit;\n";
  for (let i = 0; src.split('\n').length < 2000; i++) src += fn(i);
  return src;
}
const php = php2000();
const attempt = { files: [{ path: 'plugin.php', content: php }], kind: 'bench', taskId: 'bench' };
const readability = createCodeReadabilityGate();
const security = createWordPressSecurityGate();
const parse = () =>
  new Engine({ parser: { extractDoc: false, php8: true }, ast: { withPositions: true } }).parseCode(
    php,
    'plugin.php',
  );
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const [name, fn] of [
  ['php-parser parse', parse],
  ['code-readability walk', () => readability.run(attempt)],
  ['wordpress-security walk', () => security.run(attempt)],
]) {
  for (let i = 0; i < 50; i++) await fn();
  const start = cpu();
  for (let i = 0; i < 300; i++) await fn();
  console.log(`${name}: ${((cpu() - start) / 300).toFixed(3)} ms CPU per run`);
}
