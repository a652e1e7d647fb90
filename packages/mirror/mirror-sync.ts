/**
 * mirror-sync: the published package tree → one signed commit on the
 * read-only mirror (provenance trailers), tagged v<version>; a re-run for the
 * same version changes nothing. The tree's PKG-INFO must be the version asked
 * for, so a mismatched tree is never written under another version's tag.
 */
import { ActionError } from '../toolkit/errors.js';
import {
  OutputWriter,
  type ActionResult,
  type AnnotationPlace,
  type RunnerIo,
} from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { trimSlash } from '../toolkit/slashes.js';
import {
  createGitHubClient,
  explainGitHubError,
  githubCalls,
  type GitHubApi,
} from '../github/client.js';
import { parseMetadata } from '../distribution/metadata.js';
import { readFolderFiles } from './files.js';
import { syncMirror, type SyncResult } from './sync.js';

/** mirror-sync's inputs, validated, with the run context the provenance trailers name. */
export interface MirrorSyncInputs {
  token: string;
  /** The mirror, owner/name. */
  repository: string;
  /** A branch name (no refs/heads/). */
  branch: string;
  /** Canonical PEP 440. */
  version: string;
  /** The unpacked sdist tree (PKG-INFO at its top). */
  packageDir: string;
  apiUrl: string;
  serverUrl: string;
  /** The run that published: GITHUB_REPOSITORY, GITHUB_SHA and its URL. */
  sourceRepository: string;
  sourceCommit: string;
  runUrl: string;
}

export async function run(inputs: MirrorSyncInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (m: string): void => io.info(m);
  const warning = (m: string, place?: AnnotationPlace): void => io.warning(m, place);
  const out = new OutputWriter(io);
  const { token, repository, branch, version, packageDir } = inputs;
  const [owner, repo] = repository.split('/') as [string, string];

  const files = await readFolderFiles(packageDir, 'package-dir');
  const pkgInfo = files.find((f) => f.path === 'PKG-INFO');
  if (!pkgInfo) {
    throw new ActionError(
      `${packageDir} has no PKG-INFO at its top: it is not an unpacked sdist tree.`,
      {
        input: 'package-dir',
        title: 'Not an sdist tree',
        hint: "Pass the build action's package-dir output, or the published sdist unpacked with --strip-components=1.",
      },
    );
  }
  const treeVersion = parseMetadata(Buffer.from(pkgInfo.data).toString('utf8')).get('Version');
  if (treeVersion !== version) {
    throw new ActionError(
      `${packageDir}/PKG-INFO is version ${treeVersion ?? '(none)'}, but the version input is ${version}.`,
      {
        input: 'version',
        file: `${packageDir}/PKG-INFO`,
        title: 'Version mismatch',
        hint: 'Pass the tree of the sdist that was published as this version.',
      },
    );
  }

  const client = {
    token,
    baseUrl: inputs.apiUrl,
    userAgent: 'runtime-actions/mirror-sync',
    log: { info, warning },
  };
  // The tree, commit, refs and tag are five or six writes, each awaited
  // before the next: GitHub's one-second spacing is for bulk writes. Blobs
  // (files that are not UTF-8 text) can be many, so their client keeps it.
  const github: GitHubApi = createGitHubClient({ ...client, writeIntervalMs: 0 });
  const blobClient: GitHubApi = createGitHubClient(client);

  const api = githubCalls(repository);

  let result: SyncResult;
  try {
    result = await syncMirror({
      github,
      blobClient,
      owner,
      repo,
      branch,
      version,
      files,
      provenance: {
        sourceRepository: inputs.sourceRepository,
        sourceCommit: inputs.sourceCommit.toLowerCase(),
        publishedBy: inputs.runUrl,
      },
      log: info,
    });
  } catch (e) {
    throw explainGitHubError(e, {
      operation: `write ${version} to the mirror`,
      repo: repository,
      permission: 'contents: write',
    });
  }

  for (const note of result.notes) warning(note, { title: 'Mirror sync' });
  out.set('commit', result.commit);
  out.set('created', result.created ? 'true' : 'false');
  // Who GitHub says wrote the commit: the account mirror-guard's
  // `publishers` must name (an App installation writes as <app-slug>[bot]).
  const identity = await api(`read commit ${result.commit.slice(0, 7)}`, async () => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner,
      repo,
      ref: result.commit,
    });
    return data.author && 'login' in data.author ? data.author.login : '';
  });
  out.set('identity', identity);
  if (!identity) {
    warning(
      `GitHub links the author of ${result.commit.slice(0, 12)} to no account: mirror-guard will refuse it (rule 1). Write the mirror with a GitHub App installation token.`,
      { title: 'Mirror sync' },
    );
  }

  const what: Record<SyncResult['outcome'], string> = {
    committed: result.branchMoved
      ? `new commit on \`${branch}\`${result.branchCreated ? ' (branch created)' : ''}`
      : `new commit, tagged only (\`${branch}\` holds a newer version)`,
    'tag-exists': `already mirrored (\`${result.tag}\` holds this tree): nothing written`,
    'head-has-tree': `\`${branch}\` already holds this tree: ${result.tagCreated ? 'tag added' : 'nothing written'}`,
  };
  info(`${repository}: ${what[result.outcome].replace(/`/g, '')} (${result.commit}).`);
  const server = trimSlash(inputs.serverUrl);
  const summary = [
    heading(`Mirror sync: ${repository} ${result.tag}`),
    markdownTable(
      ['', 'Mirror'],
      [
        ['Outcome', what[result.outcome]],
        [
          'Commit',
          `[\`${result.commit.slice(0, 12)}\`](${server}/${repository}/commit/${result.commit})`,
        ],
        ['Written as', identity ? code(identity) : '(no GitHub account)'],
        ['Tree', code(result.tree)],
        ['Previous head', result.previousHead ? code(result.previousHead.slice(0, 12)) : '(none)'],
        [
          'Files',
          `${files.length} (${result.reused} reused, ${result.inlined} inline, ${result.blobsUploaded} blobs uploaded)`,
        ],
        ['Tag', `\`${result.tag}\`${result.tagCreated ? ' (created)' : ''}`],
      ],
    ),
    ...result.notes.map((n) => `> ⚠️ ${n}\n`),
    '',
    '**Commit message**',
    '',
    '```',
    result.message.trimEnd(),
    '```',
    '',
  ].join('\n');
  await io.summary(summary);
  return { outputs: out.outputs, summary };
}
