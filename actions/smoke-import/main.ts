/** smoke-import's entry: action.yml inputs → SmokeImportInputs (packages/smoke/smoke-import.ts). */
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as runner from '../runner.js';
import * as parse from '../../packages/toolkit/inputs.js';
import { findWheel } from '../../packages/smoke/find-wheel.js';
import { parseSymbols } from '../../packages/smoke/report.js';
import {
  importTimeoutMs,
  parseIndexUrl,
  run,
  urlSecrets,
} from '../../packages/smoke/smoke-import.js';

const { input, requiredInput } = runner;
const INSTALL = ['deps', 'offline', 'none'] as const;

await runner.runAction('smoke-import', async () => {
  const ctx = runner.runContext();
  // Read in this order so the first error on bad input stays the same.
  const wheelPath = findWheel(requiredInput('wheel'), ctx.workspace);
  const pythons = parse.parseMultiline(input('python'));
  const install = parse.parseChoice(input('install'), 'install', INSTALL);
  const indexUrl = parseIndexUrl(input('index-url'));
  const findLinks = parse.parseMultiline(input('find-links'));
  // A private index's URL may carry credentials: masked before anything can log them.
  for (const u of [indexUrl, ...findLinks]) urlSecrets(u).forEach(runner.mask);
  const inputs = {
    wheelPath,
    pythons: pythons.length ? pythons : ['python3'],
    install,
    indexUrl,
    findLinks,
    modules: parse.parseList(input('modules')),
    symbols: parseSymbols(parse.parseMultiline(input('symbols')), 'symbols'),
    env: parse.parseKeyValues(input('env'), 'env'),
    timeoutMs: importTimeoutMs(input('timeout')),
    source: input('source'),
    workspace: ctx.workspace,
    tempDir: ctx.runnerTemp || path.join(tmpdir(), 'smoke-import'),
  };
  await run(inputs, runner.runnerIo);
});
