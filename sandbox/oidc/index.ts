/**
 * Stands in for two things a workflow's OIDC exchange talks to:
 * - the Actions runtime's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL,
 *   bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `&audience=` appended), answering
 *   `{"count": n, "value": "<JWT>"}` like GitHub's;
 * - GitHub's issuer (token.actions.githubusercontent.com): discovery at
 *   /.well-known/openid-configuration and the JWKS at /.well-known/jwks.
 * Tokens are RS256 with a `kid` that the JWKS lists.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { Faults, type FaultSwitch } from '../pypi/faults.js';
import { listenLoopback, sendJson } from '../pypi/http.js';
import { buildClaims, type ClaimOverrides, type GitHubOidcClaims } from './claims.js';

export type { GitHubOidcClaims } from './claims.js';

export interface OidcIssuer {
  /** The `iss` claim, e.g. http://127.0.0.1:PORT */
  issuer: string;
  jwksUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer}/token?api-version=2.0` (clients append `&audience=…`). */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN; a wrong bearer gets 401. */
  requestToken: string;
  /** Merges into the claims that describe the workflow run (undefined removes an override). */
  setClaims(claims: Partial<GitHubOidcClaims>): void;
  /** Every JWT handed out by the token endpoint or `sign()`. */
  issued: string[];
  /**
   * A token with the current claims plus `claims` (aud defaults to 'pypi'):
   * for forgeries, sign with `foreignKey` (same `kid`, another key), or give
   * another `aud`, an `exp` in the past, another `iss`…
   */
  sign(
    claims: Partial<GitHubOidcClaims> & { aud?: string; exp?: number; iat?: number },
    options?: { foreignKey?: boolean; kid?: string },
  ): Promise<string>;
  /** Failures for the token endpoint or the JWKS (see ../pypi/faults.ts). */
  faults: FaultSwitch;
  close(): Promise<void>;
}

interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
  kid: string;
}

async function newKey(kid?: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const id = kid ?? (await calculateJwkThumbprint(publicJwk));
  return { privateKey, publicJwk: { ...publicJwk, kid: id, alg: 'RS256', use: 'sig' }, kid: id };
}

export async function startOidcIssuer(
  options: { claims?: Partial<GitHubOidcClaims> } = {},
): Promise<OidcIssuer> {
  const key = await newKey();
  // Generated on first use: RSA key generation is the slowest part of start-up.
  let foreign: Promise<SigningKey> | undefined;
  let overrides: ClaimOverrides = { ...options.claims };
  const issued: string[] = [];
  const requestToken = `sandbox-id-token-request-${randomBytes(24).toString('hex')}`;
  const faults = new Faults();
  let issuer = '';

  const sign = async (
    claims: ClaimOverrides,
    audience: string,
    opts: { foreignKey?: boolean; kid?: string } = {},
  ): Promise<string> => {
    const signer = opts.foreignKey ? await (foreign ??= newKey(key.kid)) : key;
    const payload = buildClaims(
      { ...overrides, ...claims },
      issuer,
      audience,
      randomUUID(),
      Math.floor(Date.now() / 1000),
    );
    const jwt = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: opts.kid ?? signer.kid })
      .sign(signer.privateKey);
    issued.push(jwt);
    return jwt;
  };

  const loop = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const fault = faults.take(req.method ?? 'GET', req.url ?? '/');
    if (fault) return faults.apply(fault, req, res);
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      return sendJson(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'repository_id',
          'repository_owner',
          'repository_owner_id',
          'run_id',
          'run_number',
          'run_attempt',
          'actor',
          'actor_id',
          'workflow',
          'workflow_ref',
          'workflow_sha',
          'head_ref',
          'base_ref',
          'event_name',
          'ref_type',
          'environment',
          'job_workflow_ref',
          'job_workflow_sha',
          'repository_visibility',
          'runner_environment',
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks') {
      return sendJson(res, 200, { keys: [key.publicJwk] });
    }
    if (req.method === 'GET' && url.pathname === '/token') {
      const auth = req.headers.authorization ?? '';
      const m = /^bearer\s+(.+)$/i.exec(auth);
      if (!m || m[1] !== requestToken) {
        return sendJson(res, 401, {
          message: 'Unauthorized: the bearer is not ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        });
      }
      const owner = (overrides.repository ?? 'Molecule-AI/molecule-core').split('/')[0];
      // Without `audience`, GitHub's default audience is the owner's URL.
      const audience = url.searchParams.get('audience') ?? `https://github.com/${owner}`;
      const jwt = await sign({}, audience);
      return sendJson(res, 200, { count: issued.length, value: jwt });
    }
    sendJson(res, 404, { message: 'Not Found' });
  });
  issuer = loop.url;

  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks`,
    requestUrl: `${issuer}/token?api-version=2.0`,
    requestToken,
    issued,
    faults,
    setClaims(claims) {
      overrides = { ...overrides, ...claims };
      for (const [k, v] of Object.entries(claims)) {
        // undefined removes an override; for `environment` it removes the claim.
        if (v === undefined && k !== 'environment')
          delete (overrides as Record<string, unknown>)[k];
      }
    },
    sign: (claims, opts) => sign(claims, claims.aud ?? 'pypi', opts),
    close: async () => {
      for (const s of faults.held) s.destroy();
      await loop.close();
    },
  };
}
