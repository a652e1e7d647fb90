import { ActionError } from '../../packages/toolkit/errors.js';
import {
  parseBoolean,
  parseChoice,
  parseDuration,
  parseIndexRoot,
  parseInteger,
  parseJsonList,
  parseJsonObject,
  parseKeyValues,
  parseList,
  parseMultiline,
  parseRepository,
  parseSha,
  parseTagPrefix,
  parseUrl,
} from '../../packages/toolkit/inputs.js';
import { markdownTable } from '../../packages/toolkit/summary.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

function inputOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ActionError ? e.place.input : 'not an ActionError';
  }
  return undefined;
}

describe('input parsers', () => {
  it('reads durations as the action.yml defaults write them', () => {
    expect(parseDuration('90', 't')).toBe(90);
    expect(parseDuration('5m', 't')).toBe(300);
    expect(parseDuration('1h30m', 't')).toBe(5400);
    expect(parseDuration('250ms', 't')).toBeCloseTo(0.25);
    expect(inputOf(() => parseDuration('5 minutes', 'wait-timeout'))).toBe('wait-timeout');
    expect(inputOf(() => parseDuration('', 'timeout'))).toBe('timeout');
  });

  it('reads booleans, lists and key/value lines', () => {
    expect(parseBoolean('true', 'x')).toBe(true);
    expect(parseBoolean('False', 'x')).toBe(false);
    expect(inputOf(() => parseBoolean('maybe', 'dry-run'))).toBe('dry-run');
    expect(parseMultiline('a\n  # comment\n\nb # trailing\n')).toEqual(['a', 'b']);
    expect(parseList('a, b\nc d')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseKeyValues('WORKSPACE_ID=0\nURL=http://x/?a=b', 'env')).toEqual({
      WORKSPACE_ID: '0',
      URL: 'http://x/?a=b',
    });
    expect(inputOf(() => parseKeyValues('no-equals', 'env'))).toBe('env');
  });

  it('reads numbers, choices, JSON objects and URLs, naming the input at fault', () => {
    expect(parseInteger('8', 'concurrency', 1, 100)).toBe(8);
    expect(inputOf(() => parseInteger('0', 'concurrency', 1, 100))).toBe('concurrency');
    expect(parseChoice('offline', 'install', ['deps', 'offline', 'none'])).toBe('offline');
    expect(inputOf(() => parseChoice('all', 'install', ['deps', 'none']))).toBe('install');
    expect(parseJsonObject('', 'client-payload')).toEqual({});
    expect(inputOf(() => parseJsonObject('[1]', 'client-payload'))).toBe('client-payload');
    expect(inputOf(() => parseJsonObject('{', 'client-payload'))).toBe('client-payload');
    expect(parseUrl('https://pypi.org', 'index-url', 'h')).toBe('https://pypi.org');
    expect(inputOf(() => parseUrl('pypi.org', 'index-url', 'h'))).toBe('index-url');
  });

  it('accepts a version only in canonical PEP 440 form, naming the input otherwise', () => {
    expect(canonicalVersion('1.0rc1', 'version')).toBe('1.0rc1');
    expect(inputOf(() => canonicalVersion('1.0-RC1', 'version'))).toBe('version');
    expect(inputOf(() => canonicalVersion('latest', 'initial-version'))).toBe('initial-version');
  });
});

describe('summary tables', () => {
  it('escapes pipes and newlines so a cell cannot break the table', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'l1\nl2']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | l1<br>l2 |\n',
    );
  });
});

describe('shared validators of the action entries', () => {
  const refused = (fn: () => unknown): ActionError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ActionError) return e;
    }
    throw new Error('not refused');
  };

  it('parseSha: a full sha, lower-cased; anything else names the input and the hint', () => {
    expect(parseSha('ABCDEF'.padEnd(40, '0'), 'sha')).toBe('abcdef'.padEnd(40, '0'));
    const e = refused(() => parseSha('abc1234', 'sha', 'Pass the full sha.'));
    expect(e.message).toBe("'abc1234' is not a full 40-character commit sha.");
    expect(e.place.input).toBe('sha');
    expect(e.hint).toBe('Pass the full sha.');
  });

  it('parseRepository: owner/name only', () => {
    expect(parseRepository('Molecule-AI/molecule.core_2', 'repository')).toBe(
      'Molecule-AI/molecule.core_2',
    );
    for (const bad of ['https://github.com/a/b', 'a/b/c', 'a', 'a_b/c']) {
      const e = refused(() => parseRepository(bad, 'source-repository'));
      expect(e.message).toBe(`'${bad}' is not an owner/name repository.`);
      expect(e.place.input).toBe('source-repository');
      expect(e.hint).toBeUndefined();
    }
  });

  it('parseTagPrefix: refuses what git refuses in a tag name, and a trailing slash', () => {
    expect(parseTagPrefix('runtime-v', 'tag-prefix')).toBe('runtime-v');
    expect(parseTagPrefix('release/v', 'tag-prefix')).toBe('release/v');
    for (const bad of ['a b', 'a~', 'a^', 'a:', 'a?', 'a*', 'a[', 'a\\', 'a..b', 'a@{', 'v/']) {
      expect(refused(() => parseTagPrefix(bad, 'tag-prefix')).message).toBe(
        `tag-prefix '${bad}' cannot start a git tag name.`,
      );
    }
  });
});

describe('validators added for the index and release entries', () => {
  it('parseIndexRoot: drops the trailing slash, then requires a URL, naming the input', () => {
    expect(parseIndexRoot('https://pypi.org/', 'index-url')).toBe('https://pypi.org');
    expect(parseIndexRoot('http://127.0.0.1:8080', 'index-url')).toBe('http://127.0.0.1:8080');
    expect(() => parseIndexRoot('pypi.org', 'index-url')).toThrow("'pypi.org' is not a URL.");
    expect(inputOf(() => parseIndexRoot('pypi.org', 'index-url'))).toBe('index-url');
  });

  it('parseJsonList: empty is [], a list is returned as is, anything else names the input', () => {
    expect(parseJsonList('', 'runs', 'h')).toEqual([]);
    expect(parseJsonList(' ["a", {"b": 1}] ', 'runs', 'h')).toEqual(['a', { b: 1 }]);
    expect(() => parseJsonList('{"a": 1}', 'runs', 'h')).toThrow(
      "Input 'runs' is not a JSON list.",
    );
    let e: unknown;
    try {
      parseJsonList('Molecule-AI/template-a', 'dispatched', 'Pass it as it is.');
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).message).toMatch(/^Input 'dispatched' is not JSON: .+\.$/);
    expect((e as ActionError).hint).toBe('Pass it as it is.');
    expect((e as ActionError).place.input).toBe('dispatched');
  });
});
