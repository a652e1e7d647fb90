import { replaceOnce } from '../text-edit.js';

describe('replaceOnce', () => {
  it('replaces the one occurrence', () => {
    expect(replaceOnce('a-b-c', '-b', '+B')).toBe('a+B-c');
  });
  it('refuses an edit that matches nothing, or more than one place', () => {
    expect(() => replaceOnce('a-b-c', 'x', 'y')).toThrow(/"x" is not in the text/);
    expect(() => replaceOnce('a-b-c', '-', '+')).toThrow(/"-" occurs more than once/);
  });
});
