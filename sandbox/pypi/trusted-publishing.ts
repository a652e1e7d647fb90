/**
 * Trusted Publishing as warehouse implements it for GitHub (`oidc/views.py`,
 * `oidc/services.py`, `oidc/models/github.py`): the audience endpoint, and
 * the exchange of a GitHub Actions ID token for a 15-minute API token.
 *
 * The JWT is verified against the issuer's JWKS fetched over HTTP (jose's
 * createRemoteJWKSet, as warehouse fetches GitHub's keys), with warehouse's
 * options: RS256 only, iss/iat/exp/aud required, a single audience, 30 s of
 * leeway. The publisher is then looked up the way warehouse does: by
 * repository, by the workflow FILE taken from `job_workflow_ref` (so a token
 * minted inside another repository's reusable workflow matches nothing), and
 * by environment.
 */
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import type { TokenStore } from './auth.js';
import { pyRepr } from './names.js';
import type { Registry } from './storage.js';

export interface TrustedPublisher {
  project: string;
  /** owner/repo */
  repository: string;
  /** The workflow's file name, e.g. 'release-runtime.yml'. */
  workflow: string;
  /** When set, the token's `environment` claim must match (case-insensitively). */
  environment?: string;
  /** When set, the token's `repository_owner_id` must match (PyPI records it when the publisher is saved). */
  repositoryOwnerId?: string;
}

export interface TrustedPublishingOptions {
  issuer: string;
  jwksUrl: string;
  /** Default 'pypi'. */
  audience?: string;
  /** false: the audience endpoint answers 403 and exchanges are refused with not-enabled. */
  enabled?: boolean;
}

/** One token exchange, for tests: what came in, what went out, and the sandbox's reason. */
export interface MintAttempt {
  jwt: string;
  status: number;
  code?: string;
  description?: string;
  /** Why, in more words than PyPI gives (PyPI says only "malformed or invalid token"). */
  reason?: string;
  projects?: string[];
  at: number;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
}

const MINTED_TOKEN_TTL_SECONDS = 900;
const LEEWAY_SECONDS = 30;

type Claims = JWTPayload & Record<string, unknown>;

class InvalidPublisher extends Error {}
class ReusedToken extends Error {}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export class TrustedPublishing {
  readonly publishers: TrustedPublisher[] = [];
  readonly attempts: MintAttempt[] = [];
  /** jti → exp of every JWT already exchanged. */
  private readonly usedJti = new Map<string, number>();
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly options: TrustedPublishingOptions | undefined,
    private readonly registry: Registry,
    private readonly tokens: TokenStore,
    private readonly onMint: (token: string) => void,
  ) {
    if (options)
      this.jwks = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000 });
  }

  get audienceValue(): string {
    return this.options?.audience ?? 'pypi';
  }

  addPublisher(p: TrustedPublisher): void {
    this.publishers.push({ ...p });
  }

  /** `GET /_/oidc/audience`. */
  audience(): JsonAnswer {
    if (!this.options) return { status: 404, body: { message: 'Not Found' } };
    if (this.options.enabled === false) {
      return { status: 403, body: { message: 'Trusted publishing functionality not enabled' } };
    }
    return { status: 200, body: { audience: this.audienceValue } };
  }

  /** `POST /_/oidc/mint-token` with `{"token": "<JWT>"}`. */
  async mint(body: string): Promise<JsonAnswer> {
    const at = Date.now();
    const refuse = (code: string, description: string, jwt = '', reason?: string): JsonAnswer => {
      this.attempts.push({
        jwt,
        status: 422,
        code,
        description,
        reason: reason ?? description,
        at,
      });
      return {
        status: 422,
        body: { message: 'Token request failed', errors: [{ code, description }] },
      };
    };
    if (!this.options) return { status: 404, body: { message: 'Not Found' } };

    const payloadError = tokenPayloadError(body);
    if (payloadError !== undefined) return refuse('invalid-payload', payloadError);
    const jwt = (JSON.parse(body) as { token: string }).token;

    let unverified: Claims;
    try {
      unverified = decodeJwt(jwt) as Claims;
      if (typeof unverified.iss !== 'string') throw new Error('no iss claim');
    } catch (e) {
      return refuse(
        'invalid-payload',
        'malformed JWT',
        jwt,
        `malformed JWT: ${(e as Error).message}`,
      );
    }
    if (unverified.iss !== this.options.issuer) {
      return refuse(
        'invalid-payload',
        'unknown trusted publishing issuer',
        jwt,
        `unknown issuer ${pyRepr(unverified.iss)}`,
      );
    }
    if (this.options.enabled === false) {
      return refuse('not-enabled', 'github trusted publishing functionality not enabled', jwt);
    }

    let claims: Claims;
    try {
      claims = await this.verify(jwt);
    } catch (e) {
      return refuse(
        'invalid-token',
        'malformed or invalid token',
        jwt,
        verificationReason(e, this.options.issuer),
      );
    }

    let publisher: TrustedPublisher;
    try {
      publisher = this.findPublisher(claims);
    } catch (e) {
      if (e instanceof ReusedToken)
        return refuse('invalid-reuse-token', 'invalid token: already used', jwt);
      if (e instanceof InvalidPublisher) {
        return refuse(
          'invalid-publisher',
          `valid token, but no corresponding publisher (${e.message})`,
          jwt,
        );
      }
      throw e;
    }

    // Every project this same publisher is registered for; a project that
    // does not exist yet is created, as PyPI does for a "pending" publisher.
    const projects = this.publishers
      .filter((p) => samePublisher(p, publisher))
      .map((p) => this.registry.ensureProject(p.project).normalized);
    const jti = str(claims.jti);
    if (jti) this.usedJti.set(jti, Number(claims.exp));
    const minted = this.tokens.mint(
      [...new Set(projects)],
      Math.floor(at / 1000),
      MINTED_TOKEN_TTL_SECONDS,
      {
        repository: publisher.repository,
        workflow: publisher.workflow,
        environment: publisher.environment,
      },
    );
    this.onMint(minted.token);
    this.attempts.push({ jwt, status: 200, projects, at });
    return { status: 200, body: { success: true, token: minted.token, expires: minted.expiresAt } };
  }

  private async verify(jwt: string): Promise<Claims> {
    const { payload } = await jwtVerify(jwt, this.jwks!, {
      algorithms: ['RS256'],
      issuer: this.options!.issuer,
      audience: this.audienceValue,
      clockTolerance: LEEWAY_SECONDS,
      requiredClaims: ['iss', 'iat', 'exp', 'aud'],
    });
    // PyJWT's strict_aud: one audience, as a string.
    if (typeof payload.aud !== 'string') throw new Error('Invalid claim format in token (strict)');
    // PyJWT's verify_iat: not issued in the future.
    if ((payload.iat as number) > Date.now() / 1000 + LEEWAY_SECONDS) {
      throw new Error('The token is not yet valid (iat)');
    }
    return payload as Claims;
  }

  /** `find_publisher_by_issuer` + `verify_claims` for a GitHub publisher. */
  private findPublisher(claims: Claims): TrustedPublisher {
    for (const name of [
      'sub',
      'repository',
      'repository_owner',
      'repository_owner_id',
      'job_workflow_ref',
      'jti',
      'ref',
      'sha',
    ]) {
      if (claims[name] === undefined || claims[name] === null) {
        throw new InvalidPublisher(`Missing claim ${pyRepr(name)}`);
      }
    }
    const repository = str(claims.repository) ?? '';
    const environment = str(claims.environment);
    const jobWorkflowRef = str(claims.job_workflow_ref) ?? '';
    // The workflow file as warehouse extracts it: job_workflow_ref minus
    // "<repository>/.github/workflows/", compared with LIKE '<file>%'. A
    // reusable workflow of another repository keeps its own prefix and never
    // matches.
    const prefix = `${repository}/.github/workflows/`;
    const workflowRef = jobWorkflowRef.startsWith(prefix)
      ? jobWorkflowRef.slice(prefix.length)
      : jobWorkflowRef;
    const candidates = (env: string | undefined) =>
      this.publishers.find(
        (p) =>
          p.repository.toLowerCase() === repository.toLowerCase() &&
          (p.repositoryOwnerId === undefined ||
            p.repositoryOwnerId === str(claims.repository_owner_id)) &&
          (p.environment ?? '').toLowerCase() === (env ?? '') &&
          workflowRef.startsWith(p.workflow),
      );
    const publisher =
      (environment ? candidates(environment.toLowerCase()) : undefined) ?? candidates(undefined);
    if (!publisher) throw new InvalidPublisher('Publisher with matching claims was not found');

    const [owner] = publisher.repository.split('/');
    const sub = str(claims.sub) ?? '';
    const [subOrg = '', subRepo = ''] = sub.split(':');
    if (
      !subOrg ||
      !subRepo ||
      `${subOrg}:${subRepo}`.toLowerCase() !== `repo:${publisher.repository}`.toLowerCase()
    ) {
      throw new InvalidPublisher("Check failed for required claim 'sub'");
    }
    if (repository.toLowerCase() !== publisher.repository.toLowerCase()) {
      throw new InvalidPublisher("Check failed for required claim 'repository'");
    }
    // PyPI stores the owner as GitHub spells it; the sandbox forgives case.
    if (str(claims.repository_owner)?.toLowerCase() !== owner?.toLowerCase()) {
      throw new InvalidPublisher("Check failed for required claim 'repository_owner'");
    }
    if (
      publisher.repositoryOwnerId !== undefined &&
      str(claims.repository_owner_id) !== publisher.repositoryOwnerId
    ) {
      throw new InvalidPublisher("Check failed for required claim 'repository_owner_id'");
    }
    const ref = str(claims.ref);
    const sha = str(claims.sha);
    if (!ref && !sha) throw new InvalidPublisher('The ref and sha claims are empty');
    const expected = [ref, sha]
      .filter(Boolean)
      .map((r) => `${repository}/.github/workflows/${publisher.workflow}@${r}`);
    if (!expected.includes(jobWorkflowRef)) {
      throw new InvalidPublisher(
        `The job_workflow_ref claim does not match, expecting one of [${expected.sort().map(pyRepr).join(', ')}], got ${pyRepr(jobWorkflowRef)}`,
      );
    }
    const jti = str(claims.jti);
    if (jti && this.usedJti.has(jti)) throw new ReusedToken();
    if (
      publisher.environment &&
      (!environment || environment.toLowerCase() !== publisher.environment.toLowerCase())
    ) {
      throw new InvalidPublisher("Check failed for optional claim 'environment'");
    }
    return publisher;
  }
}

function samePublisher(a: TrustedPublisher, b: TrustedPublisher): boolean {
  return (
    a.repository.toLowerCase() === b.repository.toLowerCase() &&
    a.workflow === b.workflow &&
    (a.environment ?? '').toLowerCase() === (b.environment ?? '').toLowerCase() &&
    a.repositoryOwnerId === b.repositoryOwnerId
  );
}

/**
 * What pydantic says when `{"token": str}` does not validate (warehouse
 * returns `str(ValidationError)` as the description); undefined when it does.
 */
function tokenPayloadError(body: string): string | undefined {
  const head = '1 validation error for TokenPayload\n';
  const help = (t: string) =>
    `\n    For further information visit https://errors.pydantic.dev/2.11/v/${t}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${head}  Invalid JSON: expected value at line 1 column 1 [type=json_invalid, input_value=${pyRepr(body.slice(0, 50))}, input_type=str]${help('json_invalid')}`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return `${head}  Input should be an object [type=model_type, input_value=${JSON.stringify(parsed)}, input_type=${Array.isArray(parsed) ? 'list' : typeof parsed}]${help('model_type')}`;
  }
  const token = (parsed as Record<string, unknown>).token;
  if (token === undefined) {
    return `${head}token\n  Field required [type=missing, input_value=${JSON.stringify(parsed)}, input_type=dict]${help('missing')}`;
  }
  if (typeof token !== 'string') {
    return `${head}token\n  Input should be a valid string [type=string_type, input_value=${JSON.stringify(token)}, input_type=${typeof token}]${help('string_type')}`;
  }
  return undefined;
}

/** PyJWT's wording for what jose found wrong, for MintAttempt.reason. */
function verificationReason(e: unknown, issuer: string): string {
  if (e instanceof joseErrors.JWTExpired) return 'Signature has expired';
  if (e instanceof joseErrors.JWSSignatureVerificationFailed)
    return 'Signature verification failed';
  if (e instanceof joseErrors.JWKSNoMatchingKey)
    return `Key ID not found for issuer ${pyRepr(issuer)}`;
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'The specified alg value is not allowed';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return "Audience doesn't match";
    if (e.claim === 'iss') return 'Invalid issuer';
    if (e.claim === 'nbf') return 'The token is not yet valid (nbf)';
    if (e.reason === 'missing') return `Token is missing the ${pyRepr(e.claim)} claim`;
    return `${e.claim}: ${e.message}`;
  }
  return (e as Error).message ?? String(e);
}
