/**
 * Matrix expansion against the examples in GitHub's documentation ("Using a
 * matrix for your jobs": expanding or adding matrix configurations,
 * excluding matrix configurations), and `needs` ordering.
 */
import { expandMatrix, jobWaves, legName } from '../../sandbox/workflows/graph.js';

describe('strategy.matrix', () => {
  it('the cartesian product, keys in the order written', () => {
    expect(expandMatrix({ version: [10, 12], os: ['ubuntu-latest', 'windows-latest'] })).toEqual([
      { version: 10, os: 'ubuntu-latest' },
      { version: 10, os: 'windows-latest' },
      { version: 12, os: 'ubuntu-latest' },
      { version: 12, os: 'windows-latest' },
    ]);
  });

  it("include: GitHub's documented example, result for result", () => {
    const legs = expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
    });
    expect(legs).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it("exclude: GitHub's documented example (a partial match removes every matching leg)", () => {
    const legs = expandMatrix({
      os: ['macos-latest', 'windows-latest'],
      version: [12, 14, 16],
      environment: ['staging', 'production'],
      exclude: [
        { os: 'macos-latest', version: 12, environment: 'production' },
        { os: 'windows-latest', version: 16 },
      ],
    });
    expect(legs).toHaveLength(12 - 1 - 2);
    expect(legs).not.toContainEqual(expect.objectContaining({ os: 'windows-latest', version: 16 }));
    expect(legs).not.toContainEqual({ os: 'macos-latest', version: 12, environment: 'production' });
    expect(legs).toContainEqual({ os: 'macos-latest', version: 12, environment: 'staging' });
  });

  it('only include: the includes are the legs; errors name the vector', () => {
    expect(
      expandMatrix({ include: [{ python: '3.11' }, { python: '3.12', experimental: true }] }),
    ).toEqual([{ python: '3.11' }, { python: '3.12', experimental: true }]);
    expect(() => expandMatrix({ python: [] })).toThrow(
      /vector 'python' does not contain any values/,
    );
    expect(() => expandMatrix({ python: '3.11' })).toThrow(/'python' must be a list/);
    expect(() => expandMatrix(['3.11'])).toThrow(/must be a mapping/);
    expect(() => expandMatrix({ os: ['a'], exclude: [{ os: 'a' }] })).toThrow(/no combinations/);
  });

  it('default leg names: job (v1, v2)', () => {
    expect(legName('smoke', { python: '3.11', os: 'linux' })).toBe('smoke (3.11, linux)');
  });
});

describe('needs', () => {
  it('orders jobs in waves; independent jobs share a wave', () => {
    expect(
      jobWaves({
        fanout: { needs: ['prepare', 'publish'] },
        publish: { needs: 'prepare' },
        prepare: {},
        lint: {},
      }),
    ).toEqual([['prepare', 'lint'], ['publish'], ['fanout']]);
  });

  it('names an unknown job and a cycle', () => {
    expect(() => jobWaves({ a: { needs: 'b' } })).toThrow(/job 'a' needs 'b', which is not a job/);
    expect(() => jobWaves({ a: { needs: 'b' }, b: { needs: 'a' }, c: {} })).toThrow(
      /jobs a, b form a cycle/,
    );
  });
});
