/**
 * wait-for-pypi's `verify-provenance`: download each listed file, verify its
 * PEP 740 provenance against the expected Trusted Publisher, keep the
 * verified bytes, and say which file to install and by which hash. Imported
 * only when asked: the Sigstore verifier is most of the bundle.
 */
import type { OutputWriter, RunnerIo } from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { GITHUB_ISSUER } from './attestation.js';
import { verifierForRoot } from './attestation-verify.js';
import { verifyRelease, type ExpectedPublisher } from './provenance.js';
import type { IndexFile } from './simple.js';
import { loadTrustedRoot } from './trusted-root.js';

/** The verify-provenance inputs, as given. */
export interface ProvenanceInputs {
  /** The Trusted Publisher that must have signed: owner/repo and workflow file name. */
  expected: ExpectedPublisher;
  /** The OIDC issuer the certificate must name ('' means GitHub Actions'). */
  issuer: string;
  /** trusted_root.json, a path or URL ('' means the public Sigstore instance's, through TUF). */
  trustedRoot: string;
  /** Where a fetched trusted root is cached. */
  cacheDir: string;
  /** Where the verified files are saved. */
  downloadDir: string;
}

/** Verifies every file, sets the verified-* outputs, writes its summary chunk and returns it. */
export async function verifyProvenance(
  o: { indexUrl: string; project: string; version: string; files: IndexFile[] },
  inputs: ProvenanceInputs,
  io: RunnerIo,
  out: OutputWriter,
): Promise<string> {
  const { expected } = inputs;
  const issuer = inputs.issuer || GITHUB_ISSUER;
  const root = await loadTrustedRoot(inputs.trustedRoot, {
    cacheDir: inputs.cacheDir,
    input: 'trusted-root',
  });
  io.info(
    `Verifying the provenance of ${o.files.length} file(s): expected signer ${expected.repository} (${expected.workflow}), issuer ${issuer}`,
  );
  const verified = await verifyRelease({
    ...o,
    expected,
    verifier: verifierForRoot(root, issuer),
    downloadDir: inputs.downloadDir,
    log: (m) => io.info(m),
  });
  // The file an image installs: the wheel when there is one.
  const chosen = verified.find((f) => f.filename.endsWith('.whl')) ?? verified[0];
  out.set(
    'verified-files',
    verified.map((f) => ({
      filename: f.filename,
      path: f.path,
      sha256: f.sha256,
      identity: f.identity,
    })),
  );
  out.set('verified-file', chosen?.path ?? '');
  out.set('verified-filename', chosen?.filename ?? '');
  out.set('verified-sha256', chosen?.sha256 ?? '');
  const text =
    heading('🔏 Provenance verified (PEP 740)', 4) +
    markdownTable(
      ['File', 'sha256', 'Signed by', 'Log index'],
      verified.map((f) => [f.filename, code(f.sha256), f.identity, f.logIndex]),
    ) +
    `\nInstall by hash: ${code(`${o.project}==${o.version} --hash=sha256:${chosen?.sha256 ?? ''}`)}\n`;
  await io.summary(text);
  return text;
}
