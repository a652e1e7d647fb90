/**
 * The step runner's platform made of the three loopback sandboxes: job
 * tokens minted on the sandbox GitHub with the job's `permissions:` (so a
 * workflow that forgot `contents: write` is refused there as on GitHub), the
 * OIDC issuer's ID-token endpoint, and the public endpoints mapped to them.
 */
import { createPublicKey, randomBytes } from 'node:crypto';
import type { GitHubSandbox, Permission, TokenInfo } from '../github/index.js';
import type { OidcIssuer } from '../oidc/index.js';
import type { PyPISandbox } from '../pypi/index.js';
import type { SigstoreSandbox } from '../sigstore/index.js';
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

/** A GitHub App and where it is installed (what GitHub knows of it). */
export interface SandboxApp {
  /** The App's id (what a ruleset's bypass actor of type Integration names). */
  id: number;
  slug: string;
  clientId: string;
  /** The App's public key (PEM); the private key that matches it is the only one accepted. */
  publicKey: string;
  installations: Array<{
    id: number;
    owner: string;
    /** Repository names the installation covers (undefined: all of the owner's). */
    repositories?: string[];
    permissions: Record<string, 'read' | 'write'>;
  }>;
}

const LEVELS = { read: 1, write: 2 } as const;

export interface SandboxPlatformOptions {
  /** GitHub Apps, for installation tokens (actions/create-github-app-token). */
  apps?: SandboxApp[];
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
  for (const app of o.apps ?? []) {
    o.gh.state.addApp({
      id: app.id,
      slug: app.slug,
      clientId: app.clientId,
      owner: app.installations[0]?.owner ?? 'sandbox',
      permissions: app.installations[0]?.permissions ?? {},
    });
  }
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
    appToken(request) {
      const app = o.apps?.find((a) => a.clientId === request.clientId);
      if (!app)
        throw new Error(`GitHub answered 401: no App has the client id ${request.clientId}`);
      let given: string;
      try {
        given = createPublicKey(request.privateKey)
          .export({ type: 'spki', format: 'pem' })
          .toString();
      } catch {
        throw new Error("private-key is not a PEM private key (the App's .pem file, whole)");
      }
      const own = createPublicKey(app.publicKey).export({ type: 'spki', format: 'pem' }).toString();
      if (given !== own)
        throw new Error(
          `GitHub answered 401: the JWT is not signed with ${app.slug}'s private key`,
        );
      const installation = app.installations.find(
        (i) => i.owner.toLowerCase() === request.owner.toLowerCase(),
      );
      if (!installation)
        throw new Error(`GitHub answered 404: ${app.slug} is not installed on ${request.owner}`);
      const names = request.repositories.length
        ? request.repositories
        : (installation.repositories ??
          o.gh.state
            .allRepos()
            .filter((r) => r.owner.toLowerCase() === request.owner.toLowerCase())
            .map((r) => r.name));
      for (const name of names) {
        const covered =
          installation.repositories === undefined ||
          installation.repositories.some((r) => r.toLowerCase() === name.toLowerCase());
        if (!covered || !o.gh.state.repo(`${request.owner}/${name}`))
          throw new Error(
            'GitHub answered 422: There is at least one repository that does not exist or is not accessible to the parent installation.',
          );
      }
      const asked = Object.keys(request.permissions).length
        ? request.permissions
        : installation.permissions;
      for (const [name, level] of Object.entries(asked)) {
        const have = installation.permissions[name];
        if (!have || LEVELS[have] < (LEVELS[level as 'read' | 'write'] ?? 3))
          throw new Error(
            `GitHub answered 422: The permissions requested are not granted to this installation (${name}: ${level}).`,
          );
      }
      const permissions: NonNullable<TokenInfo['permissions']> = { metadata: 'read' };
      for (const [name, level] of Object.entries(asked)) {
        const scope =
          SCOPE[name.replace(/_/g, '-')] ??
          (name === 'administration' ? 'administration' : undefined);
        if (scope) permissions[scope] = level as 'read' | 'write';
      }
      const token = `ghs_${randomBytes(18).toString('base64url')}`;
      o.tokens[token] = {
        login: `${app.slug}[bot]`,
        type: 'Bot',
        repos: names.map((n) => `${request.owner}/${n}`),
        permissions,
      };
      jobTokens.push(token);
      return { token, appSlug: app.slug, installationId: installation.id };
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
