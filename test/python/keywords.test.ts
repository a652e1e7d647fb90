/**
 * packages/python/keywords.ts against CPython: the list is `keyword.kwlist`
 * of the python3 on this machine, in its order (the tokenizer's word codes
 * follow that order, and isPythonIdentifier refuses exactly these names).
 */
import { execFileSync } from 'node:child_process';
import { isPythonIdentifier } from '../../packages/distribution/names.js';
import { PYTHON_KEYWORDS } from '../../packages/python/keywords.js';

describe('PYTHON_KEYWORDS', () => {
  const kwlist = JSON.parse(
    execFileSync('python3', ['-c', 'import json, keyword; print(json.dumps(keyword.kwlist))'], {
      encoding: 'utf8',
    }),
  ) as string[];

  it("is CPython's keyword.kwlist, in order", () => {
    expect([...PYTHON_KEYWORDS]).toEqual(kwlist);
  });

  it('isPythonIdentifier refuses every keyword and accepts every soft keyword', () => {
    const softkwlist = JSON.parse(
      execFileSync(
        'python3',
        ['-c', 'import json, keyword; print(json.dumps(keyword.softkwlist))'],
        { encoding: 'utf8' },
      ),
    ) as string[];
    for (const k of kwlist) expect(isPythonIdentifier(k)).toBe(false);
    for (const k of softkwlist) expect(isPythonIdentifier(k)).toBe(true);
  });
});
