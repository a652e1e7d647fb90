/**
 * The third-party steps of this repository's workflows, and what stands in
 * for each here: ONE table, keyed by the action's owner/repo, each entry
 * saying what the real action does and what happens instead. A `uses:` of
 * any other third-party action fails the run with its name; nothing is ever
 * downloaded.
 *
 * Docker: no engine runs on this machine. Setting up buildx is a no-op; the
 * first step that needs the engine (a build, a login, a `run:` that calls
 * `docker`) ends its job: that step and the ones after it are reported
 * "stand-in: not run here (no Docker engine)" and the job is `stopped`,
 * neither passed nor failed. The inputs of that step are still evaluated, so
 * the build's tags and build-args are checked and shown.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ArtifactError, type ArtifactStore } from './artifacts.js';
import type { Platform } from './types.js';

export interface StandInContext {
  workspace: string;
  artifacts: ArtifactStore;
  /** owner/repo → the folder actions/checkout copies. */
  sources: Record<string, string>;
  repository: string;
  sha: string;
  ref: string;
  /** The platform (the sandbox GitHub's App installations, for create-github-app-token). */
  platform?: Platform;
}

export interface StandInOutcome {
  status: 'success' | 'failure' | 'not-run';
  outputs?: Record<string, string>;
  /** What happened, for the log and the result. */
  note: string;
  warnings?: string[];
  /** Ends the job here: this step and the following ones are not run. */
  stopJob?: boolean;
  /** Values to mask in the log from here on (a token the step made). */
  masked?: string[];
}

export interface StandIn {
  /** What the action does on GitHub. */
  replaces: string;
  /** What happens here instead. */
  here: string;
  /** The inputs it reads (any other input is reported as unexpected, as the runner warns). */
  inputs: Record<string, string | undefined>;
  outputs: string[];
  run(ctx: StandInContext, inputs: Record<string, string>): StandInOutcome;
}

export const NO_DOCKER = 'stand-in: not run here (no Docker engine)';

const lines = (v: string | undefined): string[] =>
  (v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const bool = (v: string | undefined, dflt: boolean): boolean =>
  v === undefined || v === '' ? dflt : v.trim().toLowerCase() === 'true';

function inWorkspace(ctx: StandInContext, rel: string, input: string): string {
  const p = path.resolve(ctx.workspace, rel || '.');
  if (p !== ctx.workspace && !p.startsWith(ctx.workspace + path.sep)) {
    throw new ArtifactError(`${input} '${rel}' points outside the workspace`);
  }
  return p;
}

let python: { version: string; path: string } | undefined;
function machinePython(): { version: string; path: string } {
  python ??= (() => {
    try {
      const [version = '?', exe = ''] = execFileSync('python3', [
        '-c',
        'import platform, sys; print(platform.python_version()); print(sys.executable)',
      ])
        .toString()
        .trim()
        .split('\n');
      return { version, path: exe };
    } catch {
      return { version: 'unavailable', path: '' };
    }
  })();
  return python;
}

const noDocker = (replaces: string): StandIn => ({
  replaces,
  here: NO_DOCKER,
  // Whatever the step is given is evaluated and shown, never used.
  inputs: {},
  outputs: [],
  run: () => ({ status: 'not-run', note: NO_DOCKER, stopJob: true }),
});

export const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': {
    replaces: 'clones the repository at the event commit into the workspace',
    here: 'copies the declared source folder of the repository (fetch-depth, ref and credentials do not apply)',
    inputs: {
      repository: undefined,
      ref: '',
      path: '.',
      'fetch-depth': '1',
      'persist-credentials': 'true',
      token: '',
      clean: 'true',
      submodules: 'false',
      'fetch-tags': 'false',
      'sparse-checkout': '',
      lfs: 'false',
      'allow-unsafe-pr-checkout': 'false',
    },
    outputs: ['ref', 'commit'],
    run(ctx, inputs) {
      const repo = inputs.repository || ctx.repository;
      const key = Object.keys(ctx.sources).find((k) => k.toLowerCase() === repo.toLowerCase());
      if (!key) {
        return {
          status: 'failure',
          note: `no source folder is declared for ${repo} (declared: ${Object.keys(ctx.sources).join(', ') || 'none'})`,
        };
      }
      const src = ctx.sources[key]!;
      const dest = inWorkspace(ctx, inputs.path ?? '.', 'path');
      mkdirSync(dest, { recursive: true });
      cpSync(src, dest, { recursive: true });
      const same = repo.toLowerCase() === ctx.repository.toLowerCase();
      return {
        status: 'success',
        outputs: same ? { ref: ctx.ref, commit: ctx.sha } : { ref: inputs.ref ?? '', commit: '' },
        note: `copied ${src} (${readdirSync(src).length} entries) to ${path.relative(ctx.workspace, dest) || '.'}`,
      };
    },
  },
  'actions/setup-python': {
    replaces: 'installs the requested CPython and puts it on PATH',
    here: "no-op: the machine's interpreters are used (python3 on PATH)",
    inputs: {
      'python-version': '',
      'python-version-file': '',
      cache: '',
      architecture: '',
      'check-latest': 'false',
      token: '',
      'cache-dependency-path': '',
      'update-environment': 'true',
      'allow-prereleases': 'false',
      freethreaded: 'false',
      'pip-version': '',
    },
    outputs: ['python-version', 'cache-hit', 'python-path'],
    run: (_ctx, inputs) => {
      const machine = machinePython();
      return {
        status: 'success',
        // What is really on PATH, so nothing downstream believes it got the version asked for.
        outputs: {
          'python-version': machine.version,
          'cache-hit': 'false',
          'python-path': machine.path,
        },
        note: `no-op: Python ${inputs['python-version'] || '?'} requested, the machine's python3 is ${machine.version}`,
      };
    },
  },
  'actions/setup-node': {
    replaces: 'installs the requested Node.js and puts it on PATH',
    here: "no-op: the machine's Node is used",
    inputs: {
      'node-version': '',
      'node-version-file': '',
      cache: '',
      'cache-dependency-path': '',
      'registry-url': '',
      'check-latest': 'false',
      architecture: '',
      token: '',
      scope: '',
      'package-manager-cache': 'true',
    },
    outputs: ['node-version', 'cache-hit'],
    run: (_ctx, inputs) => ({
      status: 'success',
      outputs: { 'node-version': inputs['node-version'] ?? '', 'cache-hit': 'false' },
      note: `no-op (Node ${inputs['node-version'] || '?'} requested; the machine's Node is used)`,
    }),
  },
  'actions/upload-artifact': {
    replaces: "uploads files as an artifact of the workflow run (GitHub's artifact service)",
    here: "copies them into the run's artifact folder",
    inputs: {
      name: 'artifact',
      path: undefined,
      'if-no-files-found': 'warn',
      'retention-days': '0',
      'compression-level': '6',
      overwrite: 'false',
      'include-hidden-files': 'false',
      archive: 'true',
    },
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
    run(ctx, inputs) {
      const mode = (inputs['if-no-files-found'] || 'warn') as 'warn' | 'error' | 'ignore';
      if (!['warn', 'error', 'ignore'].includes(mode)) {
        return {
          status: 'failure',
          note: `if-no-files-found: '${mode}' is not warn, error or ignore`,
        };
      }
      const name = inputs.name || 'artifact';
      const r = ctx.artifacts.upload({
        name,
        paths: lines(inputs.path),
        workspace: ctx.workspace,
        ifNoFilesFound: mode,
        overwrite: bool(inputs.overwrite, false),
        includeHidden: bool(inputs['include-hidden-files'], false),
      });
      return {
        status: 'success',
        outputs: {
          'artifact-id': String(ctx.artifacts.names().indexOf(name) + 1),
          'artifact-url': '',
          'artifact-digest': '',
        },
        note: r.files.length ? `${name}: ${r.files.join(', ')}` : `${name}: nothing uploaded`,
        warnings: r.warning ? [r.warning] : [],
      };
    },
  },
  'actions/download-artifact': {
    replaces: "downloads artifacts of the workflow run from GitHub's artifact service",
    here: "copies them from the run's artifact folder",
    inputs: {
      name: '',
      path: '',
      pattern: '',
      'merge-multiple': 'false',
      'github-token': '',
      repository: '',
      'run-id': '',
      'artifact-ids': '',
      'skip-decompress': 'false',
      'digest-mismatch': 'error',
    },
    outputs: ['download-path'],
    run(ctx, inputs) {
      const dest = inWorkspace(ctx, inputs.path ?? '', 'path');
      const r = ctx.artifacts.download({
        name: inputs.name || undefined,
        pattern: inputs.pattern || undefined,
        path: dest,
        mergeMultiple: bool(inputs['merge-multiple'], false),
      });
      const files = existsSync(dest) ? readdirSync(dest) : [];
      return {
        status: 'success',
        outputs: { 'download-path': r.downloadPath },
        note: `${r.artifacts.join(', ') || 'no artifact'} → ${path.relative(ctx.workspace, dest) || '.'} (${files.join(', ')})`,
      };
    },
  },
  'actions/create-github-app-token': {
    replaces:
      "signs a JWT with the App's private key and asks GitHub for an installation token (POST /app/installations/{id}/access_tokens), revoked after the job",
    here: "the sandbox GitHub checks the key against the App's, the installation's owner, repositories and permissions, and mints a token that acts as <app-slug>[bot]",
    inputs: {
      'client-id': '',
      'app-id': '',
      'private-key': undefined,
      owner: '',
      repositories: '',
      'skip-token-revoke': 'false',
      'github-api-url': '',
      'permission-contents': '',
      'permission-metadata': '',
      'permission-administration': '',
      'permission-actions': '',
      'permission-pull-requests': '',
      'permission-statuses': '',
    },
    outputs: ['token', 'installation-id', 'app-slug'],
    run(ctx, inputs) {
      if (!ctx.platform?.appToken)
        return { status: 'failure', note: 'this platform has no GitHub App installations' };
      const clientId = inputs['client-id'] || inputs['app-id'] || '';
      if (!clientId)
        return { status: 'failure', note: "Either 'client-id' or 'app-id' must be set" };
      if (!inputs['private-key']) return { status: 'failure', note: "'private-key' is required" };
      // As the action: repositories without owner are the current owner's; no owner and no
      // repositories is the current repository only.
      const owner = inputs.owner || ctx.repository.split('/')[0]!;
      const repositories = (inputs.repositories ?? '')
        .split(/[\n,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
      if (!inputs.owner && repositories.length === 0)
        repositories.push(ctx.repository.split('/')[1]!);
      const permissions: Record<string, string> = {};
      for (const [k, v] of Object.entries(inputs))
        if (k.startsWith('permission-') && v)
          permissions[k.slice('permission-'.length).replace(/-/g, '_')] = v;
      const t = ctx.platform.appToken({
        clientId,
        privateKey: inputs['private-key'],
        owner,
        repositories,
        permissions,
      });
      return {
        status: 'success',
        outputs: {
          token: t.token,
          'installation-id': String(t.installationId),
          'app-slug': t.appSlug,
        },
        masked: [t.token],
        note: `installation token of ${t.appSlug} for ${owner}/${repositories.join(`, ${owner}/`) || '*'} (${
          Object.entries(permissions)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ') || "the installation's permissions"
        })`,
      };
    },
  },
  'docker/setup-buildx-action': {
    replaces: 'creates a Buildx builder on the Docker engine',
    here: 'no-op: there is no Docker engine; the build step that follows ends the job',
    inputs: {},
    outputs: [],
    run: () => ({ status: 'not-run', note: NO_DOCKER }),
  },
  'docker/build-push-action': noDocker('builds (and pushes) the image with Buildx'),
  'docker/login-action': noDocker('logs the Docker client in to a registry'),
};

/** The stand-in for a `run:` step that calls the docker CLI. */
export const DOCKER_RUN = noDocker('runs the docker CLI');

/** A command line that invokes `docker` (not a mention of it in a comment or a string of text). */
export function callsDocker(script: string): boolean {
  return script
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, ''))
    .some((l) => /(^|[\s;&|(`]|\$\()docker(\s|$)/.test(l) && !/^\s*echo\b/.test(l));
}

/** owner/repo of a `uses:` reference (`actions/checkout@v4` → actions/checkout). */
export function actionKey(uses: string): string {
  const [spec] = uses.split('@');
  return (spec ?? '').split('/').slice(0, 2).join('/').toLowerCase();
}

export function standInFor(uses: string): { key: string; standIn: StandIn } | undefined {
  if (uses.startsWith('docker://'))
    return { key: 'docker://', standIn: noDocker('runs a container image as a step') };
  const key = actionKey(uses);
  const standIn = STAND_INS[key];
  return standIn ? { key, standIn } : undefined;
}
