/**
 * Signed ledger commits: with a signing key in the repository's git config (an SSH key made
 * with ssh-keygen, gpg.format ssh), the store signs each ledger commit; verify, asked for signed
 * commits, checks each against the allowed signers and names an unsigned one and one signed by
 * a key that is not allowed.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const REF = 'refs/heads/aios-ledger';

async function sshKey(dir: string, name: string): Promise<{ key: string; pub: string }> {
  const key = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key]);
  return { key, pub: (await readFile(`${key}.pub`, 'utf8')).trim() };
}

async function append(dir: string, task: string, sign?: boolean) {
  const store = await GitLedgerStore.open({
    repoDir: dir,
    branch: 'aios-ledger',
    clock: steppingClock(new Date('2026-11-10T09:00:00Z')),
    sign,
  });
  await store.append(planned(task));
  await store.append(attempt(task, 1));
  await store.flush();
}

describe('signed ledger commits', () => {
  it('signs with the configured SSH key and names unsigned and not-allowed commits', async () => {
    const dir = await tempRepo();
    const keys = await tempDir('aios-keys-');
    const runner = await sshKey(keys, 'runner');
    const stranger = await sshKey(keys, 'stranger');
    const allowed = join(keys, 'allowed_signers');
    await writeFile(allowed, `aios-ledger@localhost ${runner.pub}\n`);
    const git = simpleGit(dir);
    await git.addConfig('gpg.format', 'ssh');
    await git.addConfig('user.signingkey', runner.key);

    await append(dir, 'acme/site#1'); // signs: the repository has a signing key
    const signed = { allowedSigners: allowed };
    expect((await verifyLedger(dir, REF, { anchor: false, signed })).violations).toEqual([]);
    const tip1 = (await git.revparse([REF])).trim();
    expect(
      execFileSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', tip1], {
        cwd: dir,
        stdio: 'pipe',
      }),
    ).toBeDefined();

    await append(dir, 'acme/site#2', false); // a writer without the key
    const tip2 = (await git.revparse([REF])).trim();
    await git.addConfig('user.signingkey', stranger.key);
    await append(dir, 'acme/site#3'); // a key that is not among the allowed signers
    const tip3 = (await git.revparse([REF])).trim();

    expect((await verifyLedger(dir, REF, { anchor: false })).violations).toEqual([]);
    const r = await verifyLedger(dir, REF, { anchor: false, signed });
    // Newest first, as git log reads the history.
    expect(r.violations.map((v) => [v.kind, v.commit, v.message])).toEqual([
      [
        'signature',
        tip3,
        `ledger commit ${tip3.slice(0, 12)} is signed by a key that is not in the allowed signers`,
      ],
      [
        'signature',
        tip2,
        `ledger commit ${tip2.slice(0, 12)} is not signed, but the config asks for signed ledger commits (ledger.signed)`,
      ],
    ]);
  });
});
