/** `runtime-actions release-suite` refuses bad input before any request, naming what to pass. */
import { runCli } from '../../cli/main.js';
import { recordingCli, type RecordingCli } from './recording-cli.js';

const terminal = (env: Record<string, string>): RecordingCli => recordingCli('/', env);

describe('runtime-actions release-suite', () => {
  it('refuses a repository that is not owner/name (the toolkit parser), then a missing token', async () => {
    for (const repository of ['nope', 'a/b/c']) {
      const t = terminal({ GITHUB_TOKEN: 'placeholder', GITHUB_API_URL: 'http://127.0.0.1:9' });
      expect(
        await runCli(['release-suite', '--tag', 'v1.0.0', '--repository', repository], t),
      ).toBe(1);
      expect(t.stderr).toEqual([
        `error: '${repository}' is not an owner/name repository. (input 'repository') Pass --repository owner/name or set GITHUB_REPOSITORY.`,
      ]);
    }
    const t = terminal({ GITHUB_REPOSITORY: 'Molecule-AI/runtime-actions' });
    expect(await runCli(['release-suite', '--tag', 'v1.0.0'], t)).toBe(1);
    expect(t.stderr).toEqual([
      'error: GITHUB_TOKEN is not set. Set GITHUB_TOKEN to a token with contents: write on the repository (in a workflow: ${{ github.token }}).',
    ]);
  });
});
