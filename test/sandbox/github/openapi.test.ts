import { loadOpenApi } from '../../../sandbox/github/openapi.js';
import { routes } from '../../../sandbox/github/routes.js';

const api = loadOpenApi();
const none = new URLSearchParams();

function check(method: string, path: string, body?: unknown, query = none) {
  return api.checkRequest({ method, path, query, body });
}

describe('the REST description as a request validator', () => {
  test('is loaded once per process, from the $ref-keeping file, and reports how long that took', () => {
    expect(loadOpenApi()).toBe(api);
    expect(api.stats.file).toMatch(/api\.github\.com\.json$/);
    expect(api.stats.operations).toBeGreaterThan(1000);
    for (const ms of [api.stats.readMs, api.stats.parseMs, api.stats.indexMs])
      expect(ms).toBeGreaterThan(0);
  });

  test('accepts a valid request and names its operation and path parameters', () => {
    const r = check('POST', '/repos/Molecule-AI/tpl/dispatches', {
      event_type: 'runtime-published',
      client_payload: { runtime_version: '1.2.3' },
    });
    expect(r).toMatchObject({
      ok: true,
      operation: { operationId: 'repos/create-dispatch-event' },
      params: { owner: 'Molecule-AI', repo: 'tpl' },
    });
  });

  test('rejects an unknown path with 404, naming the path', () => {
    const r = check('GET', '/repos/o/r/git/refs-that-do-not-exist');
    expect(r).toMatchObject({ ok: false, status: 404, message: 'Not Found' });
    if (!r.ok) expect(r.reason).toContain('/repos/o/r/git/refs-that-do-not-exist');
  });

  test('rejects a method the path does not have with 404, naming the allowed ones', () => {
    const r = check('PUT', '/repos/o/r/dispatches', { event_type: 'x' });
    expect(r).toMatchObject({
      ok: false,
      status: 404,
      template: '/repos/{owner}/{repo}/dispatches',
    });
    if (!r.ok)
      expect(r.reason).toBe(
        'PUT is not an operation of /repos/{owner}/{repo}/dispatches (it has POST)',
      );
    // GitHub documents no GET for the list of refs (only matching-refs): not allowed here either.
    expect(check('GET', '/repos/o/r/git/refs').ok).toBe(false);
  });

  test('rejects a body missing a required property with 422, GitHub style', () => {
    const r = check('POST', '/repos/o/r/git/refs', { ref: 'refs/tags/x' });
    expect(r).toMatchObject({ ok: false, status: 422 });
    if (!r.ok) {
      expect(r.message).toBe('Invalid request.\n\n"sha" wasn\'t supplied.');
      expect(r.reason).toContain('git/create-ref');
    }
  });

  test('rejects a body property of the wrong type', () => {
    const r = check('POST', '/repos/o/r/dispatches', { event_type: 5 });
    expect(r).toMatchObject({ ok: false, status: 422 });
    if (!r.ok) expect(r.message).toContain("For 'properties/event_type', 5 is not a string.");
  });

  test('rejects a value outside an enum', () => {
    const r = check('POST', '/repos/o/r/statuses/abc', { state: 'passed' });
    expect(r).toMatchObject({ ok: false, status: 422 });
    if (!r.ok)
      expect(r.message).toContain(
        '"passed" is not a member of ["error","failure","pending","success"]',
      );
    const mode = check('POST', '/repos/o/r/git/trees', {
      tree: [{ path: 'a', mode: '100600', type: 'blob', content: 'x' }],
    });
    expect(mode.ok).toBe(false);
  });

  test('enforces the limits GitHub documents for repository_dispatch', () => {
    const long = check('POST', '/repos/o/r/dispatches', { event_type: 'x'.repeat(101) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toContain('longer than 100 characters');
    expect(check('POST', '/repos/o/r/dispatches', { event_type: 'x'.repeat(100) }).ok).toBe(true);
    const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    const wide = check('POST', '/repos/o/r/dispatches', {
      event_type: 'x',
      client_payload: payload,
    });
    expect(wide.ok).toBe(false);
    if (!wide.ok)
      expect(wide.message).toContain('no more than 10 properties are allowed; 11 were supplied');
    expect(check('POST', '/repos/o/r/dispatches', { event_type: '' }).ok).toBe(false);
  });

  test('a required body that is missing is refused', () => {
    const r = check('POST', '/repos/o/r/dispatches', undefined);
    expect(r).toMatchObject({ ok: false, status: 422 });
  });

  test('checks path and query parameters against their schemas (coercing strings)', () => {
    const bad = check('GET', '/repos/o/r/actions/runs/not-a-number');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.message).toContain(
        'For \'path parameter run_id\', "not-a-number" is not an integer.',
      );
    expect(check('GET', '/repos/o/r/actions/runs/123').ok).toBe(true);
    const status = check(
      'GET',
      '/repos/o/r/actions/runs',
      undefined,
      new URLSearchParams('status=done'),
    );
    expect(status.ok).toBe(false);
    expect(
      check(
        'GET',
        '/repos/o/r/actions/runs',
        undefined,
        new URLSearchParams('status=success&per_page=100'),
      ).ok,
    ).toBe(true);
    // `created` takes search syntax although the schema says date-time (a documented leniency).
    expect(
      check(
        'GET',
        '/repos/o/r/actions/runs',
        undefined,
        new URLSearchParams('created=>=2026-01-01'),
      ).ok,
    ).toBe(true);
    // workflow_id is an integer or a file name.
    expect(
      check('POST', '/repos/o/r/actions/workflows/release.yml/dispatches', { ref: 'main' }).ok,
    ).toBe(true);
    expect(check('POST', '/repos/o/r/actions/workflows/42/dispatches', { ref: 'main' }).ok).toBe(
      true,
    );
  });

  test('a multi-segment ref may be percent-encoded or not; literal segments win over parameters', () => {
    const encoded = check('GET', '/repos/o/r/git/matching-refs/tags%2Fruntime-v');
    const plain = check('GET', '/repos/o/r/git/matching-refs/tags/runtime-v');
    for (const r of [encoded, plain])
      expect(r).toMatchObject({ ok: true, params: { ref: 'tags/runtime-v' } });
    expect(check('GET', '/repos/o/r/commits/abc123/pulls')).toMatchObject({
      ok: true,
      operation: { operationId: 'repos/list-pull-requests-associated-with-commit' },
    });
    expect(check('GET', '/repos/o/r/commits/heads/main')).toMatchObject({
      ok: true,
      operation: { operationId: 'repos/get-commit' },
      params: { ref: 'heads/main' },
    });
    expect(
      check('PATCH', '/repos/o/r/git/refs/heads/feature/x', { sha: 'a'.repeat(40) }),
    ).toMatchObject({ ok: true, params: { ref: 'heads/feature/x' } });
  });

  test('OpenAPI 3.0 `nullable` is honoured (tree entries with sha: null delete a file)', () => {
    expect(
      check('POST', '/repos/o/r/git/trees', {
        base_tree: 'a'.repeat(40),
        tree: [{ path: 'gone.txt', mode: '100644', type: 'blob', sha: null }],
      }).ok,
    ).toBe(true);
  });

  test('validates response bodies against the description too', () => {
    expect(api.checkResponse('git/create-ref', 201, { ref: 'refs/tags/x' })).toEqual(
      expect.arrayContaining([expect.stringContaining('"node_id" wasn\'t supplied')]),
    );
    const good = {
      ref: 'refs/tags/x',
      node_id: 'n',
      url: 'http://127.0.0.1:1/repos/o/r/git/refs/tags/x',
      object: { type: 'commit', sha: 'a'.repeat(40), url: 'http://127.0.0.1:1/x' },
    };
    expect(api.checkResponse('git/create-ref', 201, good)).toEqual([]);
    expect(
      api.checkResponse('git/create-ref', 201, { ...good, object: { ...good.object, sha: 'abc' } }),
    ).not.toEqual([]);
  });

  test('every route the sandbox implements is an operation of the description', () => {
    for (const id of Object.keys(routes)) expect(api.operation(id)?.operationId).toBe(id);
  });
});
