/**
 * mirror-sync: the published package tree → one signed commit on the
 * read-only mirror (provenance trailers), tagged v<version>; a re-run for the
 * same version changes nothing.
 */
import {
  info,
  mask,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { createGitHubClient, type GitHubApi } from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';
import { parseMetadata } from '../../packages/dist/metadata.js';
import { readFolderFiles } from '../../packages/mirror/files.js';
import { syncMirror, type SyncResult } from '../../packages/mirror/sync.js';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

await runAction('mirror-sync', async () => {
  const ctx = runContext();
  const token = requiredInput('token');
  mask(token);
  const repository = requiredInput('repository');
  if (!REPOSITORY.test(repository)) {
    throw new ActionError(`'${repository}' is not an owner/name repository.`, {
      input: 'repository',
      hint: 'Write it as Molecule-AI/molecule-ai-workspace-runtime (no URL, no .git).',
    });
  }
  const [owner, repo] = repository.split('/') as [string, string];
  const branch = requiredInput('branch').replace(/^refs\/heads\//, '');
  if (/[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$/.test(branch)) {
    throw new ActionError(`'${branch}' is not a valid branch name.`, { input: 'branch' });
  }
  const version = canonicalVersion(requiredInput('version'), 'version');
  const packageDir = requiredInput('package-dir');

  if (!/^[0-9a-f]{40}$/i.test(ctx.sha) || !ctx.repository || !ctx.runUrl) {
    throw new ActionError(
      'GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_RUN_ID are needed for the provenance trailers: mirror-sync runs inside the publish workflow.',
      { title: 'No run context' },
    );
  }

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
    baseUrl: ctx.apiUrl,
    userAgent: 'runtime-actions/mirror-sync',
    log: { info, warning },
  };
  // The tree, commit, refs and tag are five or six writes, each awaited
  // before the next: GitHub's one-second spacing is for bulk writes. Blobs
  // (files that are not UTF-8 text) can be many, so their client keeps it.
  const github: GitHubApi = createGitHubClient({ ...client, writeIntervalMs: 0 });
  const blobClient: GitHubApi = createGitHubClient(client);

  const api = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw explainGitHubError(e, { operation, repo: repository });
    }
  };

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
        sourceRepository: ctx.repository,
        sourceCommit: ctx.sha.toLowerCase(),
        publishedBy: ctx.runUrl,
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
  setOutput('commit', result.commit);
  setOutput('created', result.created ? 'true' : 'false');
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
  setOutput('identity', identity);
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
  const server = ctx.serverUrl.replace(/\/+$/, '');
  await writeSummary(
    [
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
          [
            'Previous head',
            result.previousHead ? code(result.previousHead.slice(0, 12)) : '(none)',
          ],
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
    ].join('\n'),
  );
});
