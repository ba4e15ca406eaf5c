import picomatch from 'picomatch';

const compiled = new WeakMap<readonly string[], (path: string) => boolean>();

/**
 * The matcher for a list of globs, compiled the first time the list is seen and kept for as
 * long as the config that holds the list: a routing decision then costs a function call per
 * path, not a glob compile per rule (measured in bench/routing).
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  let isMatch = compiled.get(globs);
  if (!isMatch) {
    isMatch = picomatch([...globs], { dot: true });
    compiled.set(globs, isMatch);
  }
  return isMatch;
}
