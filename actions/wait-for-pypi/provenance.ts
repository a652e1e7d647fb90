/**
 * wait-for-pypi's `verify-provenance`: download each listed file, verify its
 * PEP 740 provenance against the expected Trusted Publisher, keep the
 * verified bytes, and say which file to install and by which hash.
 */
import path from 'node:path';
import { info, input, runContext, setOutput, writeSummary } from '../runner.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { GITHUB_ISSUER } from '../../packages/index/attestation.js';
import { verifierForRoot } from '../../packages/index/attestation-verify.js';
import { verifyRelease } from '../../packages/index/provenance.js';
import type { IndexFile } from '../../packages/index/simple.js';
import { loadTrustedRoot } from '../../packages/index/trusted-root.js';

export async function verifyProvenance(o: {
  indexUrl: string;
  project: string;
  version: string;
  files: IndexFile[];
}): Promise<void> {
  const temp = process.env.RUNNER_TEMP || runContext().workspace;
  const expected = {
    repository: input('expected-repository'),
    workflow: input('expected-workflow'),
  };
  const issuer = input('expected-issuer') || GITHUB_ISSUER;
  const root = await loadTrustedRoot(input('trusted-root'), {
    cacheDir: temp,
    input: 'trusted-root',
  });
  const downloadDir = path.resolve(
    runContext().workspace,
    input('download-dir') || path.join(temp, 'verified-dists'),
  );
  info(
    `Verifying the provenance of ${o.files.length} file(s): expected signer ${expected.repository} (${expected.workflow}), issuer ${issuer}`,
  );
  const verified = await verifyRelease({
    ...o,
    expected,
    verifier: verifierForRoot(root, issuer),
    downloadDir,
    log: info,
  });
  // The file an image installs: the wheel when there is one.
  const chosen = verified.find((f) => f.filename.endsWith('.whl')) ?? verified[0];
  setOutput(
    'verified-files',
    verified.map((f) => ({
      filename: f.filename,
      path: f.path,
      sha256: f.sha256,
      identity: f.identity,
    })),
  );
  setOutput('verified-file', chosen?.path ?? '');
  setOutput('verified-filename', chosen?.filename ?? '');
  setOutput('verified-sha256', chosen?.sha256 ?? '');
  await writeSummary(
    heading('🔏 Provenance verified (PEP 740)', 4) +
      markdownTable(
        ['File', 'sha256', 'Signed by', 'Log index'],
        verified.map((f) => [f.filename, code(f.sha256), f.identity, f.logIndex]),
      ) +
      `\nInstall by hash: ${code(`${o.project}==${o.version} --hash=sha256:${chosen?.sha256 ?? ''}`)}\n`,
  );
}
