import { trimSlash } from '../../packages/toolkit/slashes.js';

describe('trimSlash', () => {
  it.each([
    ['https://pypi.org', 'https://pypi.org'],
    ['https://pypi.org/', 'https://pypi.org'],
    ['https://pypi.org///', 'https://pypi.org'],
    ['src/', 'src'],
    ['/', ''],
    ['/abs/path', '/abs/path'],
    ['', ''],
  ])('%j → %j', (text, trimmed) => {
    expect(trimSlash(text)).toBe(trimmed);
  });
});
