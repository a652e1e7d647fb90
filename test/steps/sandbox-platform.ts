/**
 * The step runner's platform made of the three loopback sandboxes: job
 * tokens minted on the sandbox GitHub with the job's `permissions:` (so a
 * workflow that forgot `contents: write` is refused there as on GitHub), the
 * OIDC issuer's ID-token endpoint, and the public endpoints mapped to them.
 */
import { randomBytes } from 'node:crypto';
import type { GitHubSandbox, Permission, TokenInfo } from '../sandbox/github/index.js';
import type { OidcIssuer } from '../sandbox/oidc/index.js';
import type { PyPISandbox } from '../sandbox/pypi/index.js';
import type { SigstoreSandbox } from '../sandbox/sigstore/index.js';
import type { Permissions, Platform } from './types.js';

/** workflow `permissions:` scope → the sandbox's permission names (the rest has no REST effect here). */
const SCOPE: Record<string, Permission> = {
  contents: 'contents',
  actions: 'actions',
  statuses: 'statuses',
  checks: 'checks',
  'pull-requests': 'pull_requests',
};

export function tokenPermissions(p: Permissions): TokenInfo['permissions'] {
  const out: NonNullable<TokenInfo['permissions']> = { metadata: 'read' };
  for (const [scope, level] of Object.entries(p)) {
    const name = SCOPE[scope];
    if (name) out[name] = level;
  }
  return out;
}

export interface SandboxPlatformOptions {
  gh: GitHubSandbox;
  /** The very object given to startGitHub({ tokens }): job tokens are added to it. */
  tokens: Record<string, TokenInfo>;
  pypi: PyPISandbox;
  oidc: OidcIssuer;
  /** When given, the public Sigstore instance (and GitHub's OIDC issuer, which its certificates name) map to it. */
  sigstore?: SigstoreSandbox;
}

export function sandboxPlatform(o: SandboxPlatformOptions): Platform & { jobTokens: string[] } {
  const jobTokens: string[] = [];
  return {
    githubApiUrl: o.gh.url,
    jobTokens,
    jobToken({ repository, permissions }) {
      const token = `ghs_${randomBytes(18).toString('base64url')}`;
      o.tokens[token] = {
        login: 'github-actions[bot]',
        type: 'Bot',
        repos: [repository],
        permissions: tokenPermissions(permissions),
      };
      jobTokens.push(token);
      return token;
    },
    oidc: {
      requestUrl: o.oidc.requestUrl,
      requestToken: o.oidc.requestToken,
      setClaims: (claims) => o.oidc.setClaims(claims),
    },
    endpoints: {
      'https://pypi.org': o.pypi.url,
      'https://upload.pypi.org/legacy/': o.pypi.uploadUrl,
      'https://api.github.com': o.gh.url,
      ...(o.sigstore
        ? {
            'https://fulcio.sigstore.dev': o.sigstore.fulcioUrl,
            'https://rekor.sigstore.dev': o.sigstore.rekorUrl,
            'https://token.actions.githubusercontent.com': o.oidc.issuer,
          }
        : {}),
    },
  };
}
