import { execFileSync } from 'node:child_process';

/** Build dist/ once before the suite, so tests of the `aios` binary and the action run the current source. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
