/**
 * The whole release chain on loopback, through the step runner on this
 * repository's real workflows: a temp git monorepo from examples/monorepo
 * (tag runtime-v0.1.6, then a merged pull request labelled release:minor),
 * seeded into the sandbox GitHub with the mirror and eight template
 * repositories; `examples/workflows/release-runtime.yml` on the push
 * (merge → tag → build → smoke → publish with OIDC → mirror → cascade); then,
 * for each sample template, `examples/workflows/template-image.yml` on the
 * dispatch the cascade sent (wait-for-pypi → template-check, up to the image
 * build) and a "rebuild" standing in for the image: a venv with the runtime
 * installed from the sandbox index, every template module imported and its
 * Adapter instantiated.
 *
 * Used by `npm run demo` (scripts/demo.ts) and its end-to-end test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../runner.js';
import { startGitHub, type GitHubSandbox, type TokenInfo } from '../github/index.js';
import { startOidcIssuer, type OidcIssuer } from '../oidc/index.js';
import { startPyPI, type PyPISandbox } from '../pypi/index.js';
import { startSigstore, type SigstoreSandbox } from '../sigstore/index.js';
import { runWorkflow } from './run.js';
import { sandboxPlatform } from './sandbox-platform.js';
import type { RunResult, StepResult } from './types.js';

export const MONOREPO = 'Molecule-AI/molecule-core';
export const MIRROR = 'Molecule-AI/molecule-ai-workspace-runtime';
export const PACKAGE = 'molecule-ai-workspace-runtime';
export const PREVIOUS_TAG = 'runtime-v0.1.6';
export const PR_NUMBER = 42;
/** The eight template repositories of the real chain; two have sample sources. */
export const TEMPLATE_NAMES = [
  'claude-code',
  'langgraph',
  'crewai',
  'autogen',
  'deepagents',
  'hermes',
  'gemini-cli',
  'openclaw',
];
export const SAMPLE_TEMPLATES = ['langgraph', 'claude-code'];
/** The GitHub App that writes the mirror (the README's adoption table). */
export const MIRROR_APP = {
  id: 1_204_017,
  slug: 'molecule-runtime-publisher',
  clientId: 'Iv23liRuntimeMirror01',
  installationId: 61_000_017,
};
/** Where the fan-out credentials live (release-fanout's `environment`). */
export const FANOUT_ENVIRONMENT = 'runtime-fanout';
export const templateRepo = (t: string): string =>
  `Molecule-AI/molecule-ai-workspace-template-${t}`;

export interface Stage {
  name: string;
  status: 'ok' | 'failed' | 'skipped' | 'not run';
  ms: number;
  detail: string;
}

export interface ChainOptions {
  /** Everything the run makes goes here (monorepo copy, run folders, venvs). */
  workDir: string;
  /** Called with each stage as it completes. */
  onStage?: (stage: Stage) => void;
  /** The step runner's log lines (default: kept in the results only). */
  log?: (line: string) => void;
  /**
   * The environment the index's Trusted Publisher names (default
   * pypi-publish, the workflow's): another one shows PyPI's refusal.
   */
  publisherEnvironment?: string;
}

export interface ChainRun {
  ok: boolean;
  /** The first stage that failed. */
  failedStage?: string;
  stages: Stage[];
  version?: string;
  release?: RunResult;
  /** The mirror's guard on the push mirror-sync made (examples/workflows/mirror-guard.yml). */
  guard?: RunResult;
  /** Installation tokens and job tokens minted during the run (never in a log). */
  mintedTokens: string[];
  templates: Record<string, { run?: RunResult; rebuild?: Stage }>;
  gh: GitHubSandbox;
  pypi: PyPISandbox;
  oidc: OidcIssuer;
  sigstore: SigstoreSandbox;
  /** Every token and secret handed out (for leak checks). */
  secrets: string[];
  workDir: string;
  /** Runs release-runtime.yml again on the same push, as a re-run of the same run (same run id). */
  rerunRelease(): Promise<RunResult>;
  close(): Promise<void>;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
      GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
    },
  })
    .toString()
    .trim();
}

/** Every file under dir (text), for seeding the sandbox's git trees. */
function treeOf(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (e.name === '.git' || e.name === '__pycache__') continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, treeOf(dir, r));
    else out[r] = readFileSync(path.join(dir, r), 'utf8');
  }
  return out;
}

/** The temp git monorepo: the sample at runtime-v0.1.6, then PR #42 merged. */
function makeMonorepo(dir: string): { base: string; merge: string; message: string } {
  cpSync(path.join(repoRoot, 'examples', 'monorepo'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Runtime 0.1.6');
  git(dir, 'tag', '-a', PREVIOUS_TAG, '-m', 'Release 0.1.6');
  const base = git(dir, 'rev-parse', 'HEAD');
  const config = path.join(dir, 'workspace', 'config.py');
  writeFileSync(
    config,
    `${readFileSync(config, 'utf8')}\n# Heartbeat interval reviewed in #${PR_NUMBER}.\n`,
  );
  git(dir, 'add', '-A');
  const message = `Merge pull request #${PR_NUMBER} from molecule-ai/heartbeat\n\nTune the heartbeat interval`;
  git(dir, 'commit', '-q', '-m', message);
  return { base, merge: git(dir, 'rev-parse', 'HEAD'), message };
}

function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (e) => resolve({ code: 127, out: out + String(e) }));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/**
 * Stands in for the image build: the Dockerfile's `pip install` of the
 * runtime at RUNTIME_VERSION from the (sandbox) index into a venv of its
 * own, then the image's import smoke: the installed version checked, every
 * template module imported, and each Adapter instantiated.
 */
export async function rebuildTemplate(o: {
  template: string;
  source: string;
  venv: string;
  version: string;
  simpleUrl: string;
  /** The verified wheel's sha256 (RUNTIME_SHA256): installed by hash first, as the Dockerfile does. */
  sha256?: string;
}): Promise<{ ok: boolean; detail: string; output: string }> {
  // A venv without pip (0.1 s instead of 2.5 s); the outer pip installs into it.
  const venv = await run('python3', ['-m', 'venv', '--without-pip', o.venv]);
  if (venv.code !== 0) return { ok: false, detail: 'python3 -m venv failed', output: venv.out };
  const python = path.join(o.venv, 'bin', 'python');
  const pipEnv = {
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
  };
  if (o.sha256) {
    // The Dockerfile's RUNTIME_SHA256 step: exactly the verified file, or nothing.
    const requirement = path.join(path.dirname(o.venv), 'runtime-hash.txt');
    writeFileSync(requirement, `${PACKAGE}==${o.version} --hash=sha256:${o.sha256}\n`);
    const pinned = await run(
      'python3',
      [
        '-m',
        'pip',
        '--python',
        python,
        'install',
        '--quiet',
        '--no-cache-dir',
        '--no-deps',
        '--require-hashes',
        '--index-url',
        o.simpleUrl,
        '-r',
        requirement,
      ],
      pipEnv,
    );
    if (pinned.code !== 0)
      return {
        ok: false,
        detail: `pip install ${PACKAGE}==${o.version} --hash=sha256:${o.sha256.slice(0, 12)}… failed`,
        output: pinned.out,
      };
  }
  const install = await run(
    'python3',
    [
      '-m',
      'pip',
      '--python',
      python,
      'install',
      '--quiet',
      '--no-cache-dir',
      '--index-url',
      o.simpleUrl,
      `${PACKAGE}==${o.version}`,
    ],
    pipEnv,
  );
  if (install.code !== 0)
    return {
      ok: false,
      detail: `pip install ${PACKAGE}==${o.version} failed`,
      output: install.out,
    };
  const smoke = `
import importlib, importlib.metadata, inspect, os, pathlib, sys
have = importlib.metadata.version(${JSON.stringify(PACKAGE)})
assert have == ${JSON.stringify(o.version)}, f"the venv holds runtime {have}"
sys.path.insert(0, os.getcwd())
names, adapters = [], []
for f in sorted(pathlib.Path.cwd().glob("*.py")):
    m = importlib.import_module(f.stem)
    names.append(f.stem)
    cls = getattr(m, "Adapter", None)
    if inspect.isclass(cls):
        cls()
        adapters.append(f.stem + ".Adapter")
print(" ".join(names) + " | " + " ".join(adapters))
`;
  const probe = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(python, ['-c', smoke], {
      cwd: o.source,
      env: {
        PATH: process.env.PATH ?? '',
        WORKSPACE_ID: '00000000-0000-0000-0000-000000000000',
        PLATFORM_URL: 'http://localhost:8080',
        PYTHONDONTWRITEBYTECODE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
  if (probe.code !== 0) {
    const last = probe.out.trim().split('\n').pop() ?? '';
    return { ok: false, detail: `import smoke failed: ${last}`, output: probe.out };
  }
  const [modules = '', adapters = ''] = probe.out.trim().split(' | ');
  return {
    ok: true,
    detail: `${o.sha256 ? `wheel sha256 ${o.sha256.slice(0, 12)}… installed by hash; ` : ''}imported ${modules.split(' ').filter(Boolean).length} module(s), ${adapters || 'no Adapter'}`,
    output: probe.out,
  };
}

const basename = (p: string | undefined): string => (p ? path.basename(p) : '');

/** The chain stage a step of the workflows is, with its one-line detail. */
function stageOf(
  job: string,
  step: StepResult,
  templates: string[],
  /** What actions/setup-python's stand-in said in each job (the interpreter really used). */
  setupPythonNote: Map<string, string>,
): { name: string; detail: string } | undefined {
  const o = step.outputs;
  if (step.standIn?.key === 'actions/setup-python') setupPythonNote.set(job, step.note ?? '');
  const template = templates.find((t) => job.startsWith(`${t}:`));
  const suffix = template ? ` (${template})` : '';
  switch (step.action) {
    case 'auto-tag':
      return {
        name: 'tag',
        detail: o.tag
          ? `${o.tag} (${o.bump}, PR #${o['pr-number']}, after ${o['previous-version']})`
          : o.skipped || '',
      };
    case 'build':
      return {
        name: 'build',
        detail: [basename(o.wheel), basename(o.sdist)].filter(Boolean).join(', '),
      };
    case 'smoke-import': {
      const leg = /\(([^)]*)\)\s*$/.exec(job)?.[1];
      let n = 0;
      try {
        n = (JSON.parse(o.imported || '[]') as unknown[]).length;
      } catch {
        /* shown as 0 */
      }
      const asked = /Python ([\d.]+)/.exec(leg ?? '')?.[1];
      const ran = /python3 is ([\d.]+)/.exec(setupPythonNote.get(job) ?? '')?.[1];
      const where =
        asked && ran && !ran.startsWith(`${asked}.`)
          ? ` (${asked} asked; ran on this machine's ${ran})`
          : '';
      return {
        name: `smoke${leg ? ` (${leg})` : ''}`,
        detail: `${n} modules imported in a fresh venv${where}`,
      };
    }
    case 'pypi-publish': {
      let files: Array<{ name: string; status: string }> = [];
      try {
        files = JSON.parse(o.files || '[]') as typeof files;
      } catch {
        /* shown as none */
      }
      return {
        name: 'publish (OIDC)',
        detail: files.map((f) => `${f.name} ${f.status}`).join(', '),
      };
    }
    case 'mirror-sync':
      return {
        name: 'mirror',
        detail: o.commit
          ? `commit ${o.commit.slice(0, 7)} on ${MIRROR}${o.identity ? ` as ${o.identity}` : ''}`
          : '',
      };
    case 'mirror-guard': {
      if (o.gaps !== undefined) {
        let gaps = 0;
        try {
          gaps = (JSON.parse(o.gaps || '[]') as unknown[]).length;
        } catch {
          /* shown as 0 */
        }
        return {
          name: 'mirror-settings',
          detail: gaps ? `${gaps} gap(s)` : 'only the App may update the branch (ruleset)',
        };
      }
      let n = 0;
      try {
        n = (JSON.parse(o.verified || '[]') as unknown[]).length;
      } catch {
        /* shown as 0 */
      }
      return job.endsWith('audit')
        ? { name: 'mirror-audit', detail: `${n} commit(s) since the last verified: all four rules` }
        : { name: 'mirror-guard', detail: `${n} mirror commit(s) of the push: all four rules` };
    }
    case 'cascade-dispatch': {
      let n = 0;
      try {
        n = (JSON.parse(o.dispatched || '[]') as unknown[]).length;
      } catch {
        /* shown as 0 */
      }
      return { name: 'cascade', detail: `${n} template repositories dispatched` };
    }
    case 'github-release':
      return {
        name: 'github release',
        detail: o['release-url']
          ? `${o.published === 'true' ? 'published' : 'draft'} ${o['release-url'].replace(/^https?:\/\/[^/]+\//, '')}${o.changed === 'false' ? ' (unchanged)' : ''}`
          : '',
      };
    case 'wait-for-pypi':
      return {
        name: `wait-for-pypi${suffix}`,
        detail: [
          o.waited && `listed after ${o.waited} s`,
          o['verified-files'] &&
            `provenance verified for ${(JSON.parse(o['verified-files']) as unknown[]).length} file(s)`,
        ]
          .filter(Boolean)
          .join('; '),
      };
    case 'template-check':
      return {
        name: `template-check${suffix}`,
        detail: [
          o.python && `python ${o.python}`,
          o['requires-python'] && `requires ${o['requires-python']}`,
        ]
          .filter(Boolean)
          .join(', '),
      };
  }
  if (step.standIn?.key === 'docker/build-push-action') {
    return {
      name: `image build${suffix}`,
      detail: 'not run here (no Docker engine): rebuilt as a venv below',
    };
  }
  return undefined;
}

export async function runChain(options: ChainOptions): Promise<ChainRun> {
  const stages: Stage[] = [];
  const stage = (s: Stage): void => {
    stages.push(s);
    options.onStage?.(s);
  };
  mkdirSync(options.workDir, { recursive: true });
  const workDir = options.workDir;
  // Only what an earlier chain left in this folder is replaced.
  for (const own of [
    'monorepo',
    'release-run',
    'release-rerun',
    'mirror-guard-run',
    ...SAMPLE_TEMPLATES.map((t) => `template-${t}`),
  ]) {
    rmSync(path.join(workDir, own), { recursive: true, force: true });
  }

  // The App's key pair: GitHub keeps the public half, the environment the private one.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const dispatchToken = `github_pat_dispatch${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const tokens: Record<string, TokenInfo> = {
    [dispatchToken]: {
      login: 'molecule-release-bot',
      repos: TEMPLATE_NAMES.map(templateRepo),
      permissions: { contents: 'write', metadata: 'read' },
      fineGrained: true,
    },
  };
  const [gh, oidc] = await Promise.all([startGitHub({ tokens }), startOidcIssuer()]);
  // The Sigstore instance pypi-publish signs with, whose trusted root the
  // index and the templates verify against (written where the templates'
  // SIGSTORE_TRUSTED_ROOT variable points).
  const sigstore = await startSigstore({ issuer: oidc.issuer, jwksUrl: oidc.jwksUrl });
  const trustedRootFile = path.join(workDir, 'sigstore-trusted-root.json');
  writeFileSync(trustedRootFile, JSON.stringify(sigstore.trustedRoot, null, 2));
  const pypi = await startPyPI({
    sigstore: { trustedRoot: sigstore.trustedRoot },
    trustedPublishing: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
    publishers: [
      {
        project: PACKAGE,
        repository: MONOREPO,
        workflow: 'release-runtime.yml',
        environment: options.publisherEnvironment ?? 'pypi-publish',
      },
    ],
  });
  const platform = sandboxPlatform({
    gh,
    tokens,
    pypi,
    oidc,
    sigstore,
    apps: [
      {
        id: MIRROR_APP.id,
        slug: MIRROR_APP.slug,
        clientId: MIRROR_APP.clientId,
        publicKey,
        // Installed on the mirror alone, with contents: write.
        installations: [
          {
            id: MIRROR_APP.installationId,
            owner: MIRROR.split('/')[0]!,
            repositories: [MIRROR.split('/')[1]!],
            // statuses and administration for the audit (administration: write only
            // because GitHub shows a ruleset's bypass list to writers of it alone).
            permissions: {
              contents: 'write',
              statuses: 'write',
              administration: 'write',
              metadata: 'read',
            },
          },
        ],
      },
    ],
  });
  const chain: ChainRun = {
    ok: false,
    stages,
    templates: {},
    gh,
    pypi,
    oidc,
    sigstore,
    secrets: [privateKey, dispatchToken],
    mintedTokens: platform.jobTokens,
    workDir,
    rerunRelease: () => {
      throw new Error('the release has not run yet');
    },
    close: async () => {
      await Promise.all([gh.close(), pypi.close(), oidc.close(), sigstore.close()]);
    },
  };
  const fail = (name: string): ChainRun => {
    chain.failedStage ??= name;
    chain.ok = false;
    return chain;
  };

  // merge: the monorepo with PR #42 merged onto main, mirrored in the sandbox.
  let t = Date.now();
  const monorepo = path.join(workDir, 'monorepo');
  const { base, merge, message } = makeMonorepo(monorepo);
  gh.state.addRepo(MONOREPO);
  gh.state.addCommit(MONOREPO, {
    message: 'Runtime 0.1.6',
    tree: treeOf(path.join(repoRoot, 'examples', 'monorepo')),
    sha: base,
  });
  gh.state.addTag(MONOREPO, PREVIOUS_TAG, base, { message: 'Release 0.1.6' });
  gh.state.addCommit(MONOREPO, { message, tree: treeOf(monorepo), sha: merge });
  gh.state.addPull(MONOREPO, {
    number: PR_NUMBER,
    labels: ['release:minor'],
    mergeCommitSha: merge,
    title: 'Tune the heartbeat interval',
  });
  gh.state.addRepo(MIRROR);
  // As its admin creates it: a README and the guard's caller.
  const mirrorStart = gh.state.addCommit(MIRROR, {
    message: 'Mirror of the published runtime',
    tree: {
      'README.md': '# molecule-ai-workspace-runtime (read-only mirror)\n',
      '.github/workflows/mirror-guard.yml': readFileSync(
        path.join(repoRoot, 'examples', 'workflows', 'mirror-guard.yml'),
        'utf8',
      ),
    },
    author: { name: 'Repo Admin', email: '5551234+mirror-admin@users.noreply.github.com' },
  });
  // The README's one-time setup: the ruleset (only the App may update main; no
  // force pushes, no deletion), and the first audit, run by hand with
  // since = this commit, which marked it as the starting point.
  gh.state.addRuleset(MIRROR, {
    name: 'mirror: publish only',
    rules: [
      { type: 'update', parameters: { update_allows_fetch_and_merge: false } },
      { type: 'non_fast_forward' },
      { type: 'deletion' },
    ],
    bypassActors: [{ actor_id: MIRROR_APP.id, actor_type: 'Integration', bypass_mode: 'always' }],
  });
  gh.state.statuses.push({
    id: gh.state.newStatusId(),
    repo: MIRROR,
    sha: mirrorStart,
    state: 'success',
    context: 'mirror-audit',
    description: "Starting point vouched for by the audit's since input",
    targetUrl: null,
    creator: `${MIRROR_APP.slug}[bot]`,
    createdAt: '2026-01-05T09:00:00Z',
  });
  const templateSources: Record<string, string> = {};
  for (const name of TEMPLATE_NAMES) {
    const repo = templateRepo(name);
    gh.state.addRepo(repo, { topics: ['molecule-workspace-template'] });
    const sample = path.join(
      repoRoot,
      'examples',
      'templates',
      `molecule-ai-workspace-template-${name}`,
    );
    if (existsSync(sample)) templateSources[name] = sample;
    gh.state.addCommit(repo, {
      message: 'Template',
      tree: existsSync(sample) ? treeOf(sample) : { 'README.md': `# ${name}\n` },
    });
    gh.state.addWorkflow(repo, {
      id: 100 + TEMPLATE_NAMES.indexOf(name),
      path: '.github/workflows/template-image.yml',
      name: 'template-image',
    });
  }
  stage({
    name: 'merge',
    status: 'ok',
    ms: Date.now() - t,
    detail: `PR #${PR_NUMBER} (release:minor) merged as ${merge.slice(0, 7)}, after ${PREVIOUS_TAG}`,
  });

  // The release: one run of the monorepo's release-runtime.yml on the push.
  const setupPythonNote = new Map<string, string>();
  const onStep = (templates: string[]) => (e: { job: string; step: StepResult }) => {
    const s = stageOf(e.job, e.step, templates, setupPythonNote);
    if (!s) {
      if (e.step.status === 'failure') {
        stage({
          name: `${e.job} › ${e.step.name}`,
          status: 'failed',
          ms: e.step.durationMs,
          detail: e.step.note ?? '',
        });
      }
      return;
    }
    const status: Stage['status'] =
      e.step.status === 'success'
        ? 'ok'
        : e.step.status === 'failure'
          ? 'failed'
          : e.step.status === 'skipped'
            ? 'skipped'
            : 'not run';
    stage({
      name: s.name,
      status,
      ms: e.step.durationMs,
      detail: status === 'failed' ? (e.step.note ?? s.detail) : s.detail,
    });
  };
  t = Date.now();
  const releaseRun = (runDir: string, onEachStep?: ReturnType<typeof onStep>): Promise<RunResult> =>
    runWorkflow({
      workflow: path.join(repoRoot, 'examples', 'workflows', 'release-runtime.yml'),
      event: {
        name: 'push',
        payload: {
          ref: 'refs/heads/main',
          before: base,
          after: merge,
          repository: {
            full_name: MONOREPO,
            name: MONOREPO.split('/')[1],
            owner: { login: 'Molecule-AI' },
            default_branch: 'main',
          },
          head_commit: { id: merge, message },
          pusher: { name: 'octocat' },
        },
      },
      repository: MONOREPO,
      sha: merge,
      sources: { [MONOREPO]: monorepo },
      // No repository secrets: the fan-out credentials are the environment's.
      secrets: {},
      environments: {
        [FANOUT_ENVIRONMENT]: {
          secrets: { MIRROR_APP_PRIVATE_KEY: privateKey, TEMPLATE_DISPATCH_TOKEN: dispatchToken },
        },
      },
      vars: { MIRROR_APP_CLIENT_ID: MIRROR_APP.clientId, MIRROR_APP_SLUG: MIRROR_APP.slug },
      platform,
      runDir,
      runId: 4242,
      log: options.log,
      onStep: onEachStep,
    });
  const release = await releaseRun(path.join(workDir, 'release-run'), onStep([]));
  chain.rerunRelease = () => releaseRun(path.join(workDir, 'release-rerun'));
  chain.release = release;
  chain.version = release.jobs.prepare?.outputs.version || undefined;
  if (release.status !== 'success') {
    if (!stages.some((s) => s.status === 'failed')) {
      stage({
        name: 'release-runtime.yml',
        status: 'failed',
        ms: Date.now() - t,
        detail: firstProblem(release),
      });
    }
    return fail(stages.find((s) => s.status === 'failed')?.name ?? 'release-runtime.yml');
  }

  // The mirror's own guard on the push mirror-sync made, with the example's settings.
  const mirrorHead = gh.state.getRef(MIRROR, 'refs/heads/main') ?? '';
  const bot = `${MIRROR_APP.slug}[bot]`;
  const guard = await runWorkflow({
    workflow: path.join(repoRoot, 'examples', 'workflows', 'mirror-guard.yml'),
    event: {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        before: mirrorStart,
        after: mirrorHead,
        created: false,
        deleted: false,
        forced: false,
        commits: [{ id: mirrorHead }],
        head_commit: { id: mirrorHead },
        pusher: { name: bot },
        sender: { login: bot, type: 'Bot' },
        repository: {
          full_name: MIRROR,
          name: MIRROR.split('/')[1],
          owner: { login: 'Molecule-AI' },
          default_branch: 'main',
        },
      },
    },
    repository: MIRROR,
    sha: mirrorHead,
    sources: {},
    vars: { MIRROR_APP_SLUG: MIRROR_APP.slug },
    platform,
    runDir: path.join(workDir, 'mirror-guard-run'),
    log: options.log ? (l) => options.log!(`[mirror] ${l}`) : undefined,
    onStep: onStep([]),
  });
  chain.guard = guard;
  if (guard.status !== 'success') {
    if (!stages.some((s) => s.status === 'failed'))
      stage({
        name: 'mirror-guard',
        status: 'failed',
        ms: guard.durationMs,
        detail: firstProblem(guard),
      });
    return fail('mirror-guard');
  }

  // Each sample template, on the dispatch the cascade sent it.
  const version = chain.version!;
  const runs = await Promise.all(
    SAMPLE_TEMPLATES.map(async (name) => {
      const repo = templateRepo(name);
      const dispatch = gh.state.dispatches.find((d) => d.repo.toLowerCase() === repo.toLowerCase());
      if (!dispatch) {
        stage({
          name: `dispatch (${name})`,
          status: 'failed',
          ms: 0,
          detail: `the cascade sent ${repo} nothing`,
        });
        return { name, ok: false };
      }
      const head = gh.state.getRef(repo, 'refs/heads/main') ?? '';
      const result = await runWorkflow({
        workflow: path.join(repoRoot, 'examples', 'workflows', 'template-image.yml'),
        event: {
          name: 'repository_dispatch',
          payload: {
            action: dispatch.eventType,
            branch: 'main',
            client_payload: dispatch.clientPayload,
            repository: {
              full_name: repo,
              name: repo.split('/')[1],
              owner: { login: 'Molecule-AI' },
              default_branch: 'main',
            },
          },
        },
        repository: repo,
        sha: head,
        sources: { [repo]: templateSources[name]! },
        vars: { SIGSTORE_TRUSTED_ROOT: trustedRootFile },
        platform,
        runDir: path.join(workDir, `template-${name}`),
        log: options.log ? (l) => options.log!(`[${name}] ${l}`) : undefined,
        onStep: (e) => onStep(SAMPLE_TEMPLATES)({ job: `${name}:${e.job}`, step: e.step }),
      });
      chain.templates[name] = { run: result };
      // "stopped" is the expected end: the image build needs Docker.
      if (result.status === 'failure') {
        if (!stages.some((s) => s.status === 'failed' && s.name.includes(name))) {
          stage({
            name: `template-image (${name})`,
            status: 'failed',
            ms: result.durationMs,
            detail: firstProblem(result),
          });
        }
        return { name, ok: false };
      }
      const rt = Date.now();
      const r = await rebuildTemplate({
        template: name,
        source: templateSources[name]!,
        venv: path.join(workDir, `template-${name}`, 'venv'),
        version,
        simpleUrl: pypi.simpleUrl,
        sha256: verifiedSha256(result),
      });
      const s: Stage = {
        name: `rebuild (${name})`,
        status: r.ok ? 'ok' : 'failed',
        ms: Date.now() - rt,
        detail: r.detail,
      };
      chain.templates[name]!.rebuild = s;
      stage(s);
      return { name, ok: r.ok };
    }),
  );
  const failedStage = stages.find((s) => s.status === 'failed');
  if (failedStage || runs.some((r) => !r.ok)) return fail(failedStage?.name ?? 'templates');
  chain.ok = true;
  return chain;
}

/** The `runtime-sha256` output of template-image.yml's check job (wait-for-pypi's verified wheel). */
function verifiedSha256(r: RunResult): string | undefined {
  for (const job of Object.values(r.jobs)) {
    const inner = job.workflow?.jobs.check?.outputs['runtime-sha256'];
    if (inner) return inner;
    const own = job.outputs?.['runtime-sha256'];
    if (own) return own;
  }
  return undefined;
}

/** The first failure of a run, for a one-line detail. */
function firstProblem(r: { jobs: Record<string, import('./types.js').JobResult> }): string {
  for (const job of Object.values(r.jobs)) {
    if (job.status !== 'failure') continue;
    if (job.workflow) return firstProblem(job.workflow);
    for (const leg of job.legs ?? [])
      if (leg.status === 'failure')
        return leg.steps.find((s) => s.status === 'failure')?.note ?? leg.note ?? 'failed';
    return job.steps.find((s) => s.status === 'failure')?.note ?? job.note ?? 'failed';
  }
  return 'failed';
}
