/**
 * Trusted Publishing end to end: the ID token from the sandbox issuer's
 * Actions endpoint, exchanged at the index, the minted token used by real
 * twine; and every refusal with PyPI's error JSON and code.
 */
import { startOidcIssuer, type OidcIssuer } from '../../../sandbox/oidc/index.js';
import { legacyUpload, makeWheel } from '../../../sandbox/pypi/dist-fixtures.js';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';
import {
  buildTinyProject,
  tempDir,
  twineUpload,
  type BuiltDists,
} from '../../../sandbox/pypi/python-tools.js';

interface MintAnswer {
  status: number;
  body: {
    success?: boolean;
    token?: string;
    expires?: number;
    message?: string;
    errors?: Array<{ code: string; description: string }>;
  };
}

const PUBLISHER = {
  project: 'sandboxdemo',
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};

describe('Trusted Publishing', () => {
  const tmp = tempDir('pypi-tp-');
  let oidc: OidcIssuer;
  let pypi: PyPISandbox;
  let dists: BuiltDists;

  const idToken = async (audience = 'pypi'): Promise<string> => {
    const res = await fetch(`${oidc.requestUrl}&audience=${audience}`, {
      headers: { Authorization: `bearer ${oidc.requestToken}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: string }).value;
  };
  const mint = async (body: unknown, index = pypi): Promise<MintAnswer> => {
    const res = await fetch(`${index.url}/_/oidc/mint-token`, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as MintAnswer['body'] };
  };
  const refusal = (code: string, description: string | RegExp) => ({
    status: 422,
    body: {
      message: 'Token request failed',
      errors: [
        {
          code,
          description:
            typeof description === 'string' ? description : expect.stringMatching(description),
        },
      ],
    },
  });

  beforeAll(async () => {
    dists = await buildTinyProject(
      { name: 'sandboxdemo', version: '1.0.0', requiresPython: '>=3.11' },
      tmp.dir,
    );
    oidc = await startOidcIssuer();
    pypi = await startPyPI({
      trustedPublishing: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
      publishers: [PUBLISHER],
    });
    pypi.seed('someone-else', [
      {
        filename: 'someone_else-1.0-py3-none-any.whl',
        content: makeWheel({ name: 'someone-else', version: '1.0' }).content,
      },
    ]);
  }, 120_000);

  afterAll(async () => {
    await pypi?.close();
    await oidc?.close();
    tmp.remove();
  });

  test('audience, ID token, exchange, then twine uploads with the minted token', async () => {
    const audience = await fetch(`${pypi.url}/_/oidc/audience`);
    expect(audience.status).toBe(200);
    expect(await audience.json()).toEqual({ audience: 'pypi' });

    const jwt = await idToken('pypi');
    const answer = await mint({ token: jwt });
    expect(answer.status).toBe(200);
    expect(answer.body.success).toBe(true);
    const token = answer.body.token as string;
    expect(token).toMatch(/^pypi-/);
    const now = Math.floor(Date.now() / 1000);
    expect(answer.body.expires).toBeGreaterThanOrEqual(now + 890);
    expect(answer.body.expires).toBeLessThanOrEqual(now + 900);
    expect(pypi.mintedTokens).toEqual([token]);

    // The project did not exist: the publisher was "pending", the exchange created it.
    const result = await twineUpload(pypi.uploadUrl, token, [dists.wheel, dists.sdist], tmp.dir);
    expect(result.code).toBe(0);
    expect(
      pypi
        .files('sandboxdemo')
        .map((f) => f.filename)
        .sort(),
    ).toEqual(['sandboxdemo-1.0.0-py3-none-any.whl', 'sandboxdemo-1.0.0.tar.gz']);
    // Neither the JWT nor the minted token shows up in what twine printed.
    expect(result.output).not.toContain(token);
    expect(result.output).not.toContain(jwt);
  });

  test('each JWT is exchanged once', async () => {
    const jwt = await idToken();
    expect((await mint({ token: jwt })).status).toBe(200);
    expect(await mint({ token: jwt })).toEqual(
      refusal('invalid-reuse-token', 'invalid token: already used'),
    );
  });

  test('forged, foreign-audience and expired tokens are invalid-token', async () => {
    const forged = await oidc.sign({}, { foreignKey: true });
    expect(await mint({ token: forged })).toEqual(
      refusal('invalid-token', 'malformed or invalid token'),
    );
    expect(pypi.mintAttempts.at(-1)?.reason).toBe('Signature verification failed');

    const otherAudience = await idToken('sigstore');
    expect(await mint({ token: otherAudience })).toEqual(
      refusal('invalid-token', 'malformed or invalid token'),
    );
    expect(pypi.mintAttempts.at(-1)?.reason).toBe("Audience doesn't match");

    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await oidc.sign({ iat: past, exp: past + 300 });
    expect(await mint({ token: expired })).toEqual(
      refusal('invalid-token', 'malformed or invalid token'),
    );
    expect(pypi.mintAttempts.at(-1)?.reason).toBe('Signature has expired');

    const unknownKid = await oidc.sign({}, { kid: 'no-such-key' });
    expect(await mint({ token: unknownKid })).toEqual(
      refusal('invalid-token', 'malformed or invalid token'),
    );
  });

  test('a token from an unconfigured workflow, environment or repository is invalid-publisher', async () => {
    const noPublisher =
      'valid token, but no corresponding publisher (Publisher with matching claims was not found)';
    // A reusable workflow in another repository: job_workflow_ref names THAT workflow.
    const reusable = await oidc.sign({
      job_workflow_ref:
        'Molecule-AI/shared-workflows/.github/workflows/release-prepare.yml@refs/heads/main',
    });
    expect(await mint({ token: reusable })).toEqual(refusal('invalid-publisher', noPublisher));
    // The caller's own file is in workflow_ref only; PyPI does not look there.
    expect(
      JSON.parse(Buffer.from(reusable.split('.')[1] as string, 'base64url').toString())
        .workflow_ref,
    ).toBe('Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main');
    const renamed = await oidc.sign({
      workflow_ref: 'Molecule-AI/molecule-core/.github/workflows/publish.yml@refs/heads/main',
    });
    expect(await mint({ token: renamed })).toEqual(refusal('invalid-publisher', noPublisher));
    expect(await mint({ token: await oidc.sign({ environment: 'staging' }) })).toEqual(
      refusal('invalid-publisher', noPublisher),
    );
    expect(await mint({ token: await oidc.sign({ environment: undefined }) })).toEqual(
      refusal('invalid-publisher', noPublisher),
    );
    expect(await mint({ token: await oidc.sign({ repository: 'Someone/fork' }) })).toEqual(
      refusal('invalid-publisher', noPublisher),
    );
    // Environment names compare case-insensitively, as on PyPI.
    expect((await mint({ token: await oidc.sign({ environment: 'PyPI-Publish' }) })).status).toBe(
      200,
    );
    // A publisher found by file name but with an inconsistent ref is still refused.
    const mismatched = await oidc.sign({
      ref: 'refs/heads/other',
      sha: 'f'.repeat(40),
      job_workflow_ref:
        'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main',
    });
    expect(await mint({ token: mismatched })).toEqual(
      refusal(
        'invalid-publisher',
        /^valid token, but no corresponding publisher \(The job_workflow_ref claim does not match, expecting one of \[/,
      ),
    );
  });

  test('malformed requests and unknown issuers are invalid-payload', async () => {
    expect(await mint('not json')).toEqual(
      refusal('invalid-payload', /^1 validation error for TokenPayload\n {2}Invalid JSON/),
    );
    expect(await mint({})).toEqual(
      refusal('invalid-payload', /^1 validation error for TokenPayload\ntoken\n {2}Field required/),
    );
    expect(await mint({ token: 'abc.def' })).toEqual(refusal('invalid-payload', 'malformed JWT'));
    const foreignIssuer = await oidc.sign({ iss: 'https://token.actions.githubusercontent.com' });
    expect(await mint({ token: foreignIssuer })).toEqual(
      refusal('invalid-payload', 'unknown trusted publishing issuer'),
    );
  });

  test('a minted token uploads only to its own projects', async () => {
    const answer = await mint({ token: await idToken() });
    const token = answer.body.token as string;
    const other = makeWheel({ name: 'someone-else', version: '2.0' });
    const denied = await legacyUpload(pypi.uploadUrl, { token }, other, {
      name: 'someone-else',
      version: '2.0',
    });
    expect(denied.status).toBe(403);
    expect(denied.reason).toBe(
      "Invalid API Token: OIDC scoped token is not valid for project 'someone-else'",
    );
    const fresh = makeWheel({ name: 'brand-new', version: '1.0' });
    const created = await legacyUpload(pypi.uploadUrl, { token }, fresh, {
      name: 'brand-new',
      version: '1.0',
    });
    expect(created.status).toBe(400);
    expect(created.reason).toMatch(/^Non-user identities cannot create new projects\./);
    const own = makeWheel({ name: 'sandboxdemo', version: '1.0.1' });
    expect(
      (
        await legacyUpload(pypi.uploadUrl, { token }, own, {
          name: 'sandboxdemo',
          version: '1.0.1',
        })
      ).status,
    ).toBe(200);
  });

  test('an index with Trusted Publishing switched off, or without it', async () => {
    const off = await startPyPI({
      trustedPublishing: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, enabled: false },
      publishers: [PUBLISHER],
    });
    const none = await startPyPI();
    try {
      const a = await fetch(`${off.url}/_/oidc/audience`);
      expect(a.status).toBe(403);
      expect(await a.json()).toEqual({ message: 'Trusted publishing functionality not enabled' });
      expect(await mint({ token: await idToken() }, off)).toEqual(
        refusal('not-enabled', 'github trusted publishing functionality not enabled'),
      );
      expect((await fetch(`${none.url}/_/oidc/audience`)).status).toBe(404);
    } finally {
      await off.close();
      await none.close();
    }
  });

  test('the JWKS is fetched over HTTP from the issuer', async () => {
    const fresh = await startPyPI({
      trustedPublishing: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
      publishers: [PUBLISHER],
    });
    try {
      oidc.faults.add({ path: '/.well-known/jwks', kind: 'status', status: 503, times: 1 });
      expect(await mint({ token: await idToken() }, fresh)).toEqual(
        refusal('invalid-token', 'malformed or invalid token'),
      );
      expect(fresh.mintAttempts.at(-1)?.reason).toMatch(/JSON Web Key Set/);
      expect((await mint({ token: await idToken() }, fresh)).status).toBe(200);
    } finally {
      oidc.faults.clear();
      await fresh.close();
    }
  });
});
