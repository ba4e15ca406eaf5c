import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertConfigSound } from '../../src/config/check-config.js';
import { defaultConfigPath, loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { packageRoot } from '../../src/core/package-root.js';
import {
  cachedValidation,
  cachedValidationAsync,
  validatedCacheDir,
} from '../../src/core/validated-cache.js';
import { lintPersonas } from '../../src/personas/lint-personas.js';
import { loadPersonas, personaFolder } from '../../src/personas/load-personas.js';
import { LaneScreen } from '../../src/routing/lane-screen.js';
import { laneScreenFor } from '../../src/routing/plan-lanes.js';
import { runBin } from '../support/run-bin.js';
import { tempDir } from '../support/temp-repo.js';

/** What the cache holds: the files under its folder. */
async function kept(cacheDir: string): Promise<string[]> {
  return readdir(join(cacheDir, 'validated')).catch(() => []);
}

describe('the validated cache', () => {
  let cacheDir: string;
  const saved = { dir: process.env.AIOS_CACHE_DIR, off: process.env.AIOS_CACHE };
  beforeEach(async () => {
    cacheDir = await tempDir();
    process.env.AIOS_CACHE_DIR = cacheDir;
    delete process.env.AIOS_CACHE;
  });
  afterEach(() => {
    if (saved.dir === undefined) delete process.env.AIOS_CACHE_DIR;
    else process.env.AIOS_CACHE_DIR = saved.dir;
    if (saved.off === undefined) delete process.env.AIOS_CACHE;
    else process.env.AIOS_CACHE = saved.off;
  });

  it('validates once per content, again on any change, and keeps values exactly', () => {
    let calls = 0;
    const validate = (text: string) => () => {
      calls += 1;
      return { text, missing: undefined, list: [1, 2], nested: { a: 'b' } };
    };
    const first = cachedValidation('t', ['a', 'b'], validate('one'));
    const second = cachedValidation('t', ['a', 'b'], validate('one'));
    expect(calls).toBe(1);
    expect(second).toStrictEqual(first);
    expect(Object.keys(second)).toEqual(['text', 'missing', 'list', 'nested']);
    // Any input changed, or the same characters split differently: validated again.
    cachedValidation('t', ['a', 'c'], validate('two'));
    cachedValidation('t', ['ab', ''], validate('three'));
    cachedValidation('u', ['a', 'b'], validate('four'));
    expect(calls).toBe(4);
  });

  it('keeps an async result only when `keep` says so, and reads back one it kept', async () => {
    let calls = 0;
    const lint = (problems: string[]) => () => {
      calls += 1;
      return Promise.resolve({ problems });
    };
    const keep = (r: { problems: string[] }) => r.problems.length === 0;
    expect(await cachedValidationAsync('t', ['bad'], lint(['no']), { keep })).toEqual({
      problems: ['no'],
    });
    await cachedValidationAsync('t', ['bad'], lint(['no']), { keep });
    expect(calls).toBe(2); // a result with problems: validated every time
    expect(await kept(cacheDir)).toEqual([]);
    await cachedValidationAsync('t', ['good'], lint([]), { keep });
    expect(await cachedValidationAsync('t', ['good'], lint(['never seen']), { keep })).toEqual({
      problems: [],
    });
    expect(calls).toBe(3);
    expect(await kept(cacheDir)).toHaveLength(1);
  });

  it('never keeps a failure: a bad input fails every time and writes nothing', async () => {
    let calls = 0;
    const fail = () => {
      calls += 1;
      throw new InputError('bad', [{ location: { file: 'x.yml', line: 3 }, message: 'no' }]);
    };
    expect(() => cachedValidation('t', ['bad'], fail)).toThrow(InputError);
    expect(() => cachedValidation('t', ['bad'], fail)).toThrow(InputError);
    expect(calls).toBe(2);
    expect(await kept(cacheDir)).toEqual([]);
  });

  it('validates again when a kept file is corrupt, and not at all when switched off', async () => {
    let calls = 0;
    const validate = () => ({ n: ++calls });
    cachedValidation('t', ['x'], validate);
    const [file] = await kept(cacheDir);
    if (!file) throw new Error('nothing kept');
    await writeFile(join(cacheDir, 'validated', file), 'not a v8 value');
    expect(cachedValidation('t', ['x'], validate)).toEqual({ n: 2 });
    expect(cachedValidation('t', ['x'], validate)).toEqual({ n: 2 });
    process.env.AIOS_CACHE = 'off';
    expect(validatedCacheDir()).toBeUndefined();
    expect(cachedValidation('t', ['x'], validate)).toEqual({ n: 3 });
  });

  it('is on GitHub Actions only in a named folder, and off from source without one', () => {
    expect(validatedCacheDir({ AIOS_CACHE_DIR: '/c', GITHUB_ACTIONS: 'true' })).toBe(
      join('/c', 'validated'),
    );
    // Running from source there is no build id: no implicit folder.
    expect(validatedCacheDir({ XDG_CACHE_HOME: '/x' })).toBeUndefined();
    // A build keeps results in the user's cache folder, except on GitHub Actions.
    expect(validatedCacheDir({ XDG_CACHE_HOME: '/x' }, 'build-1')).toBe(
      join('/x', 'aios', 'validated'),
    );
    expect(validatedCacheDir({ XDG_CACHE_HOME: '/x', GITHUB_ACTIONS: 'true' }, 'build-1')).toBe(
      undefined,
    );
    expect(
      validatedCacheDir({ AIOS_CACHE_DIR: '/c', GITHUB_ACTIONS: 'true', AIOS_CACHE: 'off' }),
    ).toBeUndefined();
  });

  it('a cached config equals a validated one; an edited config is validated again', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    const text = await readFile(defaultConfigPath(), 'utf8');
    await writeFile(file, text);
    process.env.AIOS_CACHE = 'off';
    const fresh = await loadConfig({ file });
    delete process.env.AIOS_CACHE;
    const first = await loadConfig({ file });
    const cached = await loadConfig({ file });
    expect(await kept(cacheDir)).toHaveLength(1);
    expect(cached.config).toStrictEqual(fresh.config);
    expect(cached.hash).toBe(fresh.hash);
    expect(first.hash).toBe(fresh.hash);

    await writeFile(file, text.replace('perTask: 2.00', 'perTask: 0.50'));
    expect((await loadConfig({ file })).config.budgets.perTask).toBe(500_000);
    // Broken after being cached: the error, with its line, not the old value.
    await writeFile(file, text.replace('perTask: 2.00', 'perTask: lots'));
    const error = await loadConfig({ file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({
      location: { file, line: text.split('\n').findIndex((l) => l.includes('perTask: 2.00')) + 1 },
      field: 'budgets.perTask',
    });
    // Back to the first text: read from the cache again, equal to a fresh validation.
    await writeFile(file, text);
    expect((await loadConfig({ file })).config).toStrictEqual(fresh.config);
  });

  it('keeps a sound whole-config check, and checks again when the config or a persona changes', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    const text = await readFile(defaultConfigPath(), 'utf8');
    await writeFile(file, text);
    const personas = personaFolder();
    process.env.AIOS_CACHE = 'off';
    const fresh = await assertConfigSound(await loadConfig({ file }), personas);
    delete process.env.AIOS_CACHE;
    const loaded = await loadConfig({ file });
    expect(await assertConfigSound(loaded, personas)).toStrictEqual(fresh);
    const sound = (await kept(cacheDir)).filter((f) => f.startsWith('config-sound-'));
    expect(sound).toHaveLength(1);
    expect(await assertConfigSound(loaded, personas)).toStrictEqual(fresh); // read back

    // A persona that no longer accepts a kind a rule sends it: a new key, and the error.
    const all = await personas.all!();
    const rule = loaded.config.rules.find((r) => r.when.kinds?.length);
    if (!rule?.when.kinds) throw new Error('the shipped config has a rule with kinds');
    const kind = rule.when.kinds[0];
    const narrowed = {
      load: (id: string) => personas.load(id),
      all: async () =>
        all.map((p) =>
          p.name === rule.route.persona ? { ...p, kinds: p.kinds.filter((k) => k !== kind) } : p,
        ),
    };
    const error = await assertConfigSound(loaded, narrowed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(JSON.stringify((error as InputError).issues)).toContain(`sends kind ${kind}`);

    // A config edited to name an unknown persona: checked again, the error at its line.
    const broken = text.replace(`persona: ${rule.route.persona}`, 'persona: nobody-by-this-name');
    await writeFile(file, broken);
    const brokenError = await assertConfigSound(await loadConfig({ file }), personas).catch(
      (e: unknown) => e,
    );
    expect(brokenError).toBeInstanceOf(InputError);
    expect(JSON.stringify((brokenError as InputError).issues)).toContain('nobody-by-this-name');
    // Failures are never kept.
    expect((await kept(cacheDir)).filter((f) => f.startsWith('config-sound-'))).toHaveLength(1);
  });

  it('cached personas equal validated ones; an edited persona or standard is validated again', async () => {
    const root = await tempDir();
    const personaDir = join(root, 'personas');
    await cp(join(packageRoot(), 'personas'), personaDir, { recursive: true });
    await cp(join(packageRoot(), 'standards'), join(root, 'standards'), { recursive: true });
    process.env.AIOS_CACHE = 'off';
    const fresh = (await loadPersonas(personaDir)).list();
    delete process.env.AIOS_CACHE;
    (await loadPersonas(personaDir)).list();
    const cached = (await loadPersonas(personaDir)).list();
    expect(cached).toStrictEqual(fresh);

    const names = (await readdir(personaDir)).filter((n) => n.endsWith('.md') && n !== 'README.md');
    const name = names[0] ?? '';
    const file = join(personaDir, name);
    const text = await readFile(file, 'utf8');
    const id = name.slice(0, -3);
    // A changed field is seen.
    await writeFile(file, text.replace(/^owner: .*$/m, 'owner: someone-else'));
    const edited = await loadPersonas(personaDir);
    expect(edited.require(id).owner).toBe('someone-else');
    // A broken file fails with its file and line although the set was cached before.
    await writeFile(file, text.replace(/^kinds:/m, 'kinds: 12\nkinds_:'));
    const error = await loadPersonas(personaDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.some((i) => i.location?.file === file)).toBe(true);
    await writeFile(file, text);
    expect((await loadPersonas(personaDir)).list()).toStrictEqual(fresh);

    // A standard's edit changes the hashes the personas carry.
    const standard = (await readdir(join(root, 'standards'))).find(
      (n) => n.endsWith('.md') && n !== 'README.md',
    );
    if (!standard) throw new Error('no standard');
    const cited = fresh.find((p) => p.standards.includes(standard.slice(0, -3)));
    await writeFile(
      join(root, 'standards', standard),
      `${await readFile(join(root, 'standards', standard), 'utf8')}\nOne more line.\n`,
    );
    const after = await loadPersonas(personaDir);
    if (cited) expect(after.require(cited.name).standardHashes).not.toEqual(cited.standardHashes);

    // A persona added to the folder is in the set.
    await mkdir(personaDir, { recursive: true });
    await writeFile(
      join(personaDir, 'zz-copy.md'),
      text.replace(new RegExp(`^name: ${id}$`, 'm'), 'name: zz-copy'),
    );
    expect((await loadPersonas(personaDir)).get('zz-copy')).toBeDefined();
  });

  it('a kept persona lint equals a fresh one; an edited persona, eval file or standard is linted again', async () => {
    const root = await tempDir();
    const personaDir = join(root, 'personas');
    await cp(join(packageRoot(), 'personas'), personaDir, { recursive: true });
    await cp(join(packageRoot(), 'standards'), join(root, 'standards'), { recursive: true });
    const config = await loadConfig();
    const lint = () => lintPersonas({ dir: personaDir, config });
    process.env.AIOS_CACHE = 'off';
    const fresh = await lint();
    delete process.env.AIOS_CACHE;
    expect(await lint()).toStrictEqual(fresh);
    const keptNow = await kept(cacheDir);
    for (const what of ['persona-lint-', 'eval-files-', 'standards-'])
      expect(keptNow.filter((f) => f.startsWith(what))).toHaveLength(1);
    expect(await lint()).toStrictEqual(fresh); // read back

    // A persona broken after the folder was kept: its error, at its line.
    const file = join(personaDir, 'editor.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^owner: .*$/m, 'owner: 12\nownr: x'));
    const broken = await lint();
    expect(broken.findings).toContainEqual(
      expect.objectContaining({ rule: 'schema', location: expect.objectContaining({ file }) }),
    );
    // A persona whose writes now match everything: seen, although its old parse was kept.
    await writeFile(file, text.replace(/^writes: .*$/m, "writes: ['**']"));
    expect((await lint()).findings.map((f) => f.rule)).toContain('writes-everything');
    await writeFile(file, text);

    // An eval file broken after being kept: its error, with its file.
    const evals = join(root, 'personas', 'evals');
    const evalName = (await readdir(evals)).find((n) => n.endsWith('.yml'));
    if (!evalName) throw new Error('no eval file');
    const evalFile = join(evals, evalName);
    const evalText = await readFile(evalFile, 'utf8');
    await writeFile(evalFile, evalText.replace(/expect: \w+/, 'expect: maybe'));
    expect((await lint()).findings).toContainEqual(
      expect.objectContaining({
        rule: 'eval-schema',
        location: expect.objectContaining({ file: evalFile }),
      }),
    );
    await writeFile(evalFile, evalText);

    // A standard broken after being kept: its error.
    const standard = (await readdir(join(root, 'standards'))).find(
      (n) => n.endsWith('.md') && n !== 'README.md',
    );
    if (!standard) throw new Error('no standard');
    const standardFile = join(root, 'standards', standard);
    const standardText = await readFile(standardFile, 'utf8');
    await writeFile(standardFile, standardText.replace(/^owner: .*$/m, 'owner: ""'));
    expect((await lint()).findings.map((f) => f.rule)).toContain('standard-schema');
    await writeFile(standardFile, standardText);

    // Problems are never kept; the first texts read back as before.
    expect(await lint()).toStrictEqual(fresh);
    const keptAfter = await kept(cacheDir);
    expect(keptAfter.filter((f) => f.startsWith('persona-lint-'))).toHaveLength(2);
    // The eval files of the whole folder, and of the folder less the broken persona's (its eval
    // file was not named while it failed to parse); never the broken eval file's text.
    expect(keptAfter.filter((f) => f.startsWith('eval-files-'))).toHaveLength(2);
    expect(keptAfter.filter((f) => f.startsWith('standards-'))).toHaveLength(1);
  });

  it('a lane screen read back screens as one built afresh; an edited persona builds it again', async () => {
    const { config } = await loadConfig();
    const personas = (await loadPersonas()).list();
    const tasks = [
      { text: 'Audit the whole site for WCAG conformance and write a VPAT', persona: 'editor' },
      { text: 'Edit the blog post on AI disclosure for house style', persona: 'editor' },
      { text: 'Fix the PHP plugin settings page nonce check', persona: 'editor', kind: 'writing' },
    ];
    const fresh = new LaneScreen(personas, config);
    laneScreenFor([...personas], config); // builds and keeps the index
    const cached = laneScreenFor([...personas], config); // a new set object: read back
    expect((await kept(cacheDir)).some((f) => f.startsWith('lane-screen-'))).toBe(true);
    for (const t of tasks) expect(cached.screen(t)).toStrictEqual(fresh.screen(t));
    // A persona whose lane now says the task's words wins the screen: the cache was not reused.
    const edited = personas.map((p) =>
      p.name === 'wcag-auditor'
        ? p
        : p.name === 'editor'
          ? {
              ...p,
              description: `${p.description} Audits WCAG conformance and writes VPAT reports.`,
            }
          : p,
    );
    const first = tasks[0];
    if (!first) throw new Error('no task');
    expect(laneScreenFor(edited, config).screen(first)).toStrictEqual(
      new LaneScreen(edited, config).screen(first),
    );
    expect(laneScreenFor(edited, config).screen(first).laneScore).toBeGreaterThan(
      fresh.screen(first).laneScore,
    );
  });

  it('the built CLI keeps results in the user cache folder (never on GitHub Actions) and re-checks an edited config', async () => {
    const home = await tempDir();
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    const text = await readFile(defaultConfigPath(), 'utf8');
    await writeFile(file, text);
    const env = { XDG_CACHE_HOME: home, AIOS_CACHE_DIR: undefined, GITHUB_ACTIONS: undefined };
    const ok = await runBin(['config', 'check', '--config', file, '--json'], { env });
    const before = JSON.parse(ok.stdout) as { errors: unknown[] };
    expect(before.errors).toEqual([]);
    const files = await readdir(join(home, 'aios', 'validated'));
    expect(files.some((f) => f.startsWith('config-'))).toBe(true);
    expect(files.some((f) => f.startsWith('personas-'))).toBe(true);

    // On GitHub Actions the built CLI (which has a build id) keeps nothing in the home folder:
    // a file planted there on a shared runner must never stand in for validating the config.
    const runnerHome = await tempDir();
    const onActions = await runBin(['config', 'check', '--config', file, '--json'], {
      env: { ...env, XDG_CACHE_HOME: runnerHome, GITHUB_ACTIONS: 'true' },
    });
    expect(onActions.code, onActions.stderr).toBe(0);
    expect(await readdir(runnerHome)).toEqual([]);

    await writeFile(file, text.replace('perTask: 2.00', 'perTask: lots'));
    const bad = await runBin(['config', 'check', '--config', file], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:`);
    expect(bad.stderr).toContain('budgets.perTask');
  });
});
