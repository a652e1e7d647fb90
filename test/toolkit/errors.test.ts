/** throwIfAny: the one way a pass that collects errors reports them. */
import { ActionError, ActionErrors, throwIfAny } from '../../packages/toolkit/errors.js';

const caught = (fn: () => void): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('throwIfAny', () => {
  const a = new ActionError('a is wrong', { file: 'a.py', line: 1 });
  const b = new ActionError('b is wrong', { file: 'b.py', line: 2 });

  it('returns when nothing was found', () => {
    expect(caught(() => throwIfAny([], '0 problems'))).toBeUndefined();
  });

  it('throws a single error as itself, without the count line', () => {
    expect(caught(() => throwIfAny([a], '1 problems'))).toBe(a);
  });

  it('throws several as one ActionErrors under the message, in order', () => {
    const e = caught(() => throwIfAny([a, b], '2 problems'));
    expect(e).toBeInstanceOf(ActionErrors);
    expect((e as ActionErrors).message).toBe('2 problems');
    expect((e as ActionErrors).errors).toEqual([a, b]);
  });
});
