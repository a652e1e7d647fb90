/**
 * One version policy across the actions (README, "Versions"): every input
 * that names a version, in every action.yml, takes a canonical PEP 440
 * version, and each bundle refuses any other spelling with the same message
 * naming the canonical form, before doing anything else. Found from the
 * action.yml files, so an action that gains a version input is covered.
 */
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readActionYml, repoRoot, runAction } from '../../sandbox/runner.js';
import { canonicalPublicVersion, canonicalVersion } from '../../packages/versions/canonical.js';
import { nextVersion } from '../../packages/versions/bump.js';
import { ActionError } from '../../packages/toolkit/errors.js';

const versionInputs = readdirSync(repoRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(repoRoot, d.name, 'action.yml')))
  .flatMap((d) =>
    Object.keys(readActionYml(d.name).inputs ?? {})
      .filter((name) => name === 'version' || name.endsWith('-version'))
      .map((name) => [d.name, name] as const),
  )
  .sort();

const scratch = mkdtempSync(path.join(tmpdir(), 'version-policy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('one version policy', () => {
  it('finds the version inputs of every action', () => {
    expect(versionInputs).toEqual([
      ['auto-tag', 'initial-version'],
      ['build', 'version'],
      ['cascade-dispatch', 'version'],
      ['github-release', 'version'],
      ['mirror-sync', 'version'],
      ['template-check', 'version'],
      ['wait-for-pypi', 'version'],
    ]);
  });

  it('accepts the canonical spellings and refuses the others, suggesting the canonical one', () => {
    for (const v of ['0.1.7', '0.2.0rc1', '0.1.7.post1', '0.1.7.dev2', '1!2.0', '0.1.7+local.1'])
      expect(canonicalVersion(v)).toBe(v);
    const refusal = (raw: string): string => {
      try {
        canonicalVersion(raw);
      } catch (e) {
        return (e as ActionError).message;
      }
      return 'accepted';
    };
    expect(refusal('v0.1.7')).toBe(
      "Input 'version': 'v0.1.7' is not in canonical form; use '0.1.7'.",
    );
    expect(refusal('0.1.07')).toBe(
      "Input 'version': '0.1.07' is not in canonical form; use '0.1.7'.",
    );
    expect(refusal('0.2.0-RC.1')).toBe(
      "Input 'version': '0.2.0-RC.1' is not in canonical form; use '0.2.0rc1'.",
    );
    expect(refusal('latest')).toBe("Input 'version': 'latest' is not a PEP 440 version.");
  });

  it.each(
    versionInputs.flatMap(([action, name]) => [
      [action, name, 'v0.1.7', '0.1.7'],
      [action, name, '0.1.07', '0.1.7'],
    ]),
  )('%s refuses %s: %s, naming %s', async (action, name, raw, canonical) => {
    const inputs: Record<string, string> = {};
    // Every other required input gets a placeholder: the version is checked first.
    for (const [key, spec] of Object.entries(readActionYml(action).inputs ?? {}))
      if (spec.required && key !== name) inputs[key] = 'placeholder';
    inputs[name] = raw;
    const r = await runAction(action, {
      inputs,
      cwd: scratch,
      env: {
        GITHUB_REPOSITORY: 'Molecule-AI/molecule-core',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_TOKEN: 'placeholder-token',
      },
      timeoutMs: 60_000,
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      expect.stringContaining(
        `Input '${name}': '${raw}' is not in canonical form; use '${canonical}'.`,
      ),
    ]);
  });

  it('initial-version must also be public (no +local): the policy refuses it, and nextVersion through the same check', () => {
    expect(canonicalPublicVersion('0.1.0', 'initial-version')).toBe('0.1.0');
    const refusal = (check: () => unknown): ActionError => {
      try {
        check();
      } catch (e) {
        return e as ActionError;
      }
      throw new Error('accepted');
    };
    const policy = refusal(() => canonicalPublicVersion('0.1.0+local.1', 'initial-version'));
    const bump = refusal(() =>
      nextVersion({ known: [], bump: 'patch', initialVersion: '0.1.0+local.1' }),
    );
    expect(policy.message).toBe("initial-version '0.1.0+local.1' is not a PEP 440 version.");
    expect([policy.message, policy.hint, policy.place]).toEqual([
      bump.message,
      bump.hint,
      bump.place,
    ]);
    // A spelling that is not canonical is refused first, as for every version input.
    expect(refusal(() => canonicalPublicVersion('v0.1.0+local', 'initial-version')).message).toBe(
      "Input 'initial-version': 'v0.1.0+local' is not in canonical form; use '0.1.0+local'.",
    );
  });

  it('auto-tag refuses a local initial-version as it reads its inputs, before any request', async () => {
    const r = await runAction('auto-tag', {
      inputs: { 'initial-version': '0.1.0+local.1' },
      cwd: scratch,
      env: {
        GITHUB_REPOSITORY: 'Molecule-AI/molecule-core',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_TOKEN: 'placeholder-token',
      },
      timeoutMs: 60_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "initial-version '0.1.0+local.1' is not a PEP 440 version. (input 'initial-version') Use a version such as 0.1.0.",
    ]);
  });
});
