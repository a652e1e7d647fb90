/**
 * API tokens, as warehouse's macaroon policy treats them: static tokens
 * belong to a user (they may create projects; `projects` scopes them), minted
 * ones belong to a Trusted Publisher (never create projects, valid for the
 * publisher's projects for 15 minutes). Messages are warehouse's.
 */
import { randomBytes } from 'node:crypto';
import { normalizeName, pyRepr } from './names.js';

export type Identity =
  | { kind: 'user'; token: string; projects?: Set<string> }
  | {
      kind: 'publisher';
      token: string;
      projects: Set<string>;
      notBefore: number;
      expiresAt: number;
      /** The Trusted Publisher that minted it: the identity attestations must carry. */
      publisher?: { repository: string; workflow: string; environment?: string };
    };

export type Authentication = { identity: Identity } | { error: string };

export class TokenStore {
  private readonly tokens = new Map<string, Identity>();

  constructor(
    /** The index's help page (`<url>/help/`), known only once the server listens. */
    private readonly helpUrl: () => string,
    staticTokens: Record<string, { projects?: string[] }> = {},
  ) {
    for (const [token, scope] of Object.entries(staticTokens))
      this.addStatic(token, scope.projects);
  }

  addStatic(token: string, projects?: string[]): void {
    this.tokens.set(token, {
      kind: 'user',
      token,
      projects: projects ? new Set(projects.map(normalizeName)) : undefined,
    });
  }

  /** A short-lived token for a Trusted Publisher's projects; `nowSeconds` as unix time. */
  mint(
    projects: string[],
    nowSeconds: number,
    ttlSeconds: number,
    publisher?: { repository: string; workflow: string; environment?: string },
  ): Identity & { kind: 'publisher' } {
    // Shaped like PyPI's (`pypi-` + a base64 macaroon), random inside.
    const token = `pypi-AgEIcHlwaS5vcmc${randomBytes(96).toString('base64url')}`;
    const identity = {
      kind: 'publisher' as const,
      token,
      projects: new Set(projects.map(normalizeName)),
      notBefore: nowSeconds,
      expiresAt: nowSeconds + ttlSeconds,
      publisher,
    };
    this.tokens.set(token, identity);
    return identity;
  }

  /** warehouse's `_extract_http_macaroon`: Basic `__token__:<token>`, or `token`/`bearer`. */
  authenticate(authorization: string | undefined): Authentication {
    const invalid = {
      error:
        'Invalid or non-existent authentication information. ' +
        `See ${this.helpUrl()}#invalid-auth for more information.`,
    };
    if (!authorization) return invalid;
    const space = authorization.indexOf(' ');
    if (space < 0) return invalid;
    const scheme = authorization.slice(0, space).toLowerCase();
    let token = authorization.slice(space + 1);
    if (scheme === 'basic') {
      const decoded = Buffer.from(token, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = colon < 0 ? decoded : decoded.slice(0, colon);
      if (user !== '__token__') {
        return {
          error:
            'Username/Password authentication is no longer supported. Migrate to API Tokens ' +
            `or Trusted Publishers instead. See ${this.helpUrl()}#apitoken and ` +
            `${this.helpUrl()}#trusted-publishers`,
        };
      }
      token = decoded.slice(colon + 1).trim();
    } else if (scheme !== 'token' && scheme !== 'bearer') {
      return invalid;
    }
    const identity = this.tokens.get(token);
    return identity ? { identity } : invalid;
  }

  /**
   * The caveat checks of `permits()` for an upload to `project`; a message
   * (403) when the token may not upload there. Publisher caveats come first,
   * then the expiry, as in a minted macaroon.
   */
  denies(
    identity: Identity,
    project: { name: string; normalized: string },
    nowSeconds: number,
  ): string | undefined {
    if (identity.kind === 'publisher') {
      if (!identity.projects.has(project.normalized)) {
        return `Invalid API Token: OIDC scoped token is not valid for project '${project.name}'`;
      }
      if (nowSeconds < identity.notBefore || nowSeconds >= identity.expiresAt) {
        return 'Invalid API Token: token is expired';
      }
      return undefined;
    }
    if (identity.projects && !identity.projects.has(project.normalized)) {
      return `Invalid API Token: project-scoped token is not valid for project: ${pyRepr(project.name)}`;
    }
    return undefined;
  }
}
