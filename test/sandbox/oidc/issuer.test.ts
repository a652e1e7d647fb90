/**
 * The OIDC issuer against a verifier nobody here wrote: PyJWT (Debian's
 * python3-jwt, the library warehouse verifies GitHub's tokens with), fetching
 * the JWKS over HTTP with PyJWKClient and decoding with warehouse's options.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import { decodeProtectedHeader } from 'jose';
import { cleanPythonEnv, run, SYSTEM_PYTHON, tempDir } from '../../../sandbox/pypi/python-tools.js';
import { startOidcIssuer, type OidcIssuer } from '../../../sandbox/oidc/index.js';

const VERIFY = `
import json, sys, jwt
token, jwks_url, issuer, audience = sys.argv[1:5]
try:
    key = jwt.PyJWKClient(jwks_url).get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token, key=key.key, algorithms=["RS256"],
        options=dict(verify_signature=True, require=["iss", "iat", "exp", "aud"], verify_iss=True,
                     verify_iat=True, verify_exp=True, verify_aud=True, verify_nbf=True),
        issuer=issuer, audience=audience, leeway=30)
    print(json.dumps({"ok": True, "claims": claims}))
except Exception as e:
    print(json.dumps({"ok": False, "error": type(e).__name__, "message": str(e)}))
`;

interface Verdict {
  ok: boolean;
  claims?: Record<string, unknown>;
  error?: string;
  message?: string;
}

describe('sandbox OIDC issuer', () => {
  const tmp = tempDir('oidc-');
  let oidc: OidcIssuer;

  const pyjwt = async (token: string, audience = 'pypi'): Promise<Verdict> => {
    const r = await run(SYSTEM_PYTHON, ['-c', VERIFY, token, oidc.jwksUrl, oidc.issuer, audience], {
      env: cleanPythonEnv(tmp.dir),
    });
    if (r.code !== 0) throw new Error(r.output);
    return JSON.parse(r.stdout) as Verdict;
  };
  const requestToken = async (audience?: string, bearer = oidc.requestToken) => {
    const url = audience
      ? `${oidc.requestUrl}&audience=${encodeURIComponent(audience)}`
      : oidc.requestUrl;
    const res = await fetch(url, { headers: { Authorization: `bearer ${bearer}` } });
    return { status: res.status, body: (await res.json()) as { value?: string; count?: number } };
  };

  beforeAll(async () => {
    oidc = await startOidcIssuer();
  });
  afterAll(async () => {
    await oidc?.close();
    tmp.remove();
  });

  test('the token endpoint wants the request bearer, and hands out a JWT PyJWT accepts', async () => {
    expect((await requestToken('pypi', 'wrong')).status).toBe(401);
    const res = await fetch(`${oidc.requestUrl}&audience=pypi`);
    expect(res.status).toBe(401);
    const { status, body } = await requestToken('pypi');
    expect(status).toBe(200);
    expect(typeof body.count).toBe('number');
    const jwt = body.value as string;
    expect(oidc.issued).toContain(jwt);
    const header = decodeProtectedHeader(jwt);
    expect(header.alg).toBe('RS256');
    const jwks = (await (await fetch(oidc.jwksUrl)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
    const verdict = await pyjwt(jwt);
    expect(verdict).toMatchObject({ ok: true });
    const c = verdict.claims as Record<string, unknown>;
    expect(c).toMatchObject({
      iss: oidc.issuer,
      aud: 'pypi',
      sub: 'repo:Molecule-AI/molecule-core:environment:pypi-publish',
      repository: 'Molecule-AI/molecule-core',
      repository_owner: 'Molecule-AI',
      environment: 'pypi-publish',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      event_name: 'push',
      workflow_ref:
        'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main',
      job_workflow_ref:
        'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main',
      runner_environment: 'github-hosted',
    });
    expect((c.exp as number) - (c.iat as number)).toBe(300);
    expect(typeof c.jti).toBe('string');
    for (const k of [
      'repository_id',
      'repository_owner_id',
      'run_id',
      'run_number',
      'run_attempt',
      'actor',
      'actor_id',
      'sha',
      'workflow_sha',
      'job_workflow_sha',
      'repository_visibility',
      'workflow',
      'head_ref',
      'base_ref',
      'nbf',
    ]) {
      expect(c).toHaveProperty(k);
    }
  });

  test("without &audience= the token is for the owner's URL, as GitHub's", async () => {
    const { body } = await requestToken();
    const verdict = await pyjwt(body.value as string, 'https://github.com/Molecule-AI');
    expect(verdict.ok).toBe(true);
  });

  test('setClaims describes another run; derived claims follow', async () => {
    oidc.setClaims({ ref: 'refs/tags/runtime-v1.2.3', environment: undefined });
    try {
      const { body } = await requestToken('pypi');
      const c = (await pyjwt(body.value as string)).claims as Record<string, unknown>;
      expect(c.sub).toBe('repo:Molecule-AI/molecule-core:ref:refs/tags/runtime-v1.2.3');
      expect(c.environment).toBeUndefined();
      expect(c.ref_type).toBe('tag');
      expect(c.job_workflow_ref).toBe(
        'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/tags/runtime-v1.2.3',
      );
    } finally {
      oidc.setClaims({ ref: undefined, environment: 'pypi-publish' });
    }
  });

  test('forgeries fail in PyJWT the way they should', async () => {
    expect(await pyjwt(await oidc.sign({}, { foreignKey: true }))).toMatchObject({
      ok: false,
      error: 'InvalidSignatureError',
    });
    expect(await pyjwt(await oidc.sign({ aud: 'not-pypi' }))).toMatchObject({
      ok: false,
      error: 'InvalidAudienceError',
    });
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await pyjwt(await oidc.sign({ iat: past, exp: past + 300 }))).toMatchObject({
      ok: false,
      error: 'ExpiredSignatureError',
    });
    expect(
      await pyjwt(await oidc.sign({ iss: 'https://token.actions.githubusercontent.com' })),
    ).toMatchObject({ ok: false, error: 'InvalidIssuerError' });
    expect(await pyjwt(await oidc.sign({}))).toMatchObject({ ok: true });
  });

  test('faults can break the token endpoint; close() ends keep-alive connections at once', async () => {
    const own = await startOidcIssuer();
    const agent = new http.Agent({ keepAlive: true });
    try {
      own.faults.add({ path: '/token', kind: 'status', status: 503, times: 1 });
      const headers = { Authorization: `Bearer ${own.requestToken}` };
      expect((await fetch(`${own.requestUrl}&audience=pypi`, { headers })).status).toBe(503);
      expect((await fetch(`${own.requestUrl}&audience=pypi`, { headers })).status).toBe(200);
      const { status, socket } = await new Promise<{ status: number; socket: Socket }>(
        (resolve, reject) => {
          http
            .get(`${own.issuer}/.well-known/openid-configuration`, { agent }, (res) => {
              const sock = res.socket;
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: sock }));
            })
            .on('error', reject);
        },
      );
      expect(status).toBe(200);
      expect(socket.destroyed).toBe(false);
      await own.close();
      // The idle keep-alive connection was ended by the server, not waited for.
      await new Promise((r) => setTimeout(r, 50));
      expect(socket.destroyed).toBe(true);
      await expect(fetch(own.jwksUrl)).rejects.toThrow();
    } finally {
      agent.destroy();
      await own.close();
    }
  });
});
