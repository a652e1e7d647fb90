/**
 * `runtime-actions release-suite --tag vX.Y.Z [--dry-run]`: this suite's own
 * release (packages/github/suite-release.ts), run by
 * .github/workflows/release.yml. The token comes from GITHUB_TOKEN (never a
 * command-line option, which would show in process lists and logs).
 */
import { createGitHubClient } from '../packages/github/client.js';
import { explainGitHubError } from '../packages/github/errors.js';
import { releaseSuite } from '../packages/github/suite-release.js';
import { ActionError } from '../packages/toolkit/errors.js';
import { parseRepository } from '../packages/toolkit/inputs.js';
import { EXIT, type Command } from './command.js';

export const releaseSuiteCommand: Command = {
  summary:
    "Release this suite from a vX.Y.Z tag: GitHub Release with notes, major tag vX moved forward only (GITHUB_TOKEN's contents: write).",
  options: {
    tag: { type: 'string', description: 'The version tag, e.g. v1.2.0.', required: true },
    repository: {
      type: 'string',
      description: 'owner/name of the suite repository.',
      default: '$GITHUB_REPOSITORY',
    },
    'api-url': {
      type: 'string',
      description: 'REST API root.',
      default: '$GITHUB_API_URL or https://api.github.com',
    },
    'dry-run': { type: 'boolean', description: 'Show what would be done; write nothing.' },
  },
  async run(values, io) {
    const tag = String(values.tag);
    const repository = parseRepository(
      (values.repository as string | undefined) ?? io.env.GITHUB_REPOSITORY ?? '',
      'repository',
      'Pass --repository owner/name or set GITHUB_REPOSITORY.',
    );
    const [owner, repo] = repository.split('/') as [string, string];
    const token = io.env.GITHUB_TOKEN ?? '';
    if (!token) {
      throw new ActionError('GITHUB_TOKEN is not set.', {
        hint: 'Set GITHUB_TOKEN to a token with contents: write on the repository (in a workflow: ${{ github.token }}).',
      });
    }
    const dryRun = values['dry-run'] === true;
    const github = createGitHubClient({
      token,
      baseUrl:
        (values['api-url'] as string | undefined) ??
        io.env.GITHUB_API_URL ??
        'https://api.github.com',
      userAgent: 'runtime-actions/release-suite',
      log: { warning: (m) => io.err(`warning: ${m}`) },
      writeIntervalMs: 0,
    });
    try {
      const outcome = await releaseSuite(github, {
        owner,
        repo,
        tag,
        dryRun,
        log: (l) => io.out(l),
      });
      if (outcome.refusal) {
        // On a runner, an annotation; in a terminal, a warning line.
        io.err(
          io.env.GITHUB_ACTIONS === 'true'
            ? `::warning title=Major tag not moved::${outcome.refusal}`
            : `warning: ${outcome.refusal}`,
        );
      }
      io.out(
        `${dryRun ? 'Dry run: ' : ''}${tag} at ${outcome.commit.slice(0, 7)}: release ${outcome.release}${outcome.releaseUrl ? ` (${outcome.releaseUrl})` : ''}, ${outcome.majorTag} ${outcome.major}.`,
      );
      return EXIT.ok;
    } catch (e) {
      if (e instanceof ActionError) throw e;
      throw explainGitHubError(e, { operation: `release ${tag}`, repo: repository });
    }
  },
};
