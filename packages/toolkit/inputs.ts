/**
 * Pure parsers for action inputs. Each takes the raw string the runner gave and
 * the input's name, and throws an ActionError naming that input when the value
 * is unusable, so the user sees which line of their workflow to change.
 */
import { ActionError } from './errors.js';
import { isCommitSha, isRefPrefix } from './github-names.js';
import { trimSlash } from './slashes.js';

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

export function parseBoolean(raw: string, input: string): boolean {
  const v = raw.trim();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new ActionError(`Input '${input}' must be true or false, got '${raw}'.`, { input });
}

/** Lines, trimmed, without blanks and `#` comments: how lists are written in YAML `|` blocks. */
export function parseMultiline(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

/** A list written one per line or separated by commas/spaces. */
export function parseList(raw: string): string[] {
  return parseMultiline(raw).flatMap((l) => l.split(/[\s,]+/).filter(Boolean));
}

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** `90`, `90s`, `5m`, `1h30m`, `250ms` → seconds. A bare number is seconds. */
export function parseDuration(raw: string, input: string): number {
  const v = raw.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    total += Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
    consumed = re.lastIndex;
  }
  if (v.length === 0 || consumed !== v.length) {
    throw new ActionError(
      `Input '${input}' must be a duration such as 90s, 5m or 1h30m, got '${raw}'.`,
      { input },
    );
  }
  return total;
}

export function parseInteger(
  raw: string,
  input: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const v = raw.trim();
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new ActionError(
      `Input '${input}' must be a whole number from ${min} to ${max}, got '${raw}'.`,
      {
        input,
      },
    );
  }
  return Number(v);
}

export function parseChoice<T extends string>(
  raw: string,
  input: string,
  choices: readonly T[],
): T {
  const v = raw.trim() as T;
  if (choices.includes(v)) return v;
  throw new ActionError(`Input '${input}' must be one of ${choices.join(', ')}, got '${raw}'.`, {
    input,
  });
}

/** Multiline `KEY=VALUE` pairs. */
export function parseKeyValues(raw: string, input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of parseMultiline(raw)) {
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new ActionError(`Input '${input}': expected KEY=VALUE, got '${line}'.`, { input });
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

export function parseJsonObject(raw: string, input: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new ActionError(`Input '${input}' is not valid JSON: ${(e as Error).message}`, { input });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ActionError(`Input '${input}' must be a JSON object.`, { input });
  }
  return value as Record<string, unknown>;
}

/** An absolute URL, returned as given. */
export function parseUrl(raw: string, input: string, hint: string): string {
  try {
    new URL(raw);
  } catch {
    throw new ActionError(`'${raw}' is not a URL.`, { input, hint });
  }
  return raw;
}

/** A full commit sha, lower-cased. */
export function parseSha(raw: string, input: string, hint?: string): string {
  const sha = raw.toLowerCase();
  if (!isCommitSha(sha)) {
    throw new ActionError(`'${sha}' is not a full 40-character commit sha.`, {
      input,
      ...(hint ? { hint } : {}),
    });
  }
  return sha;
}

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** `owner/name`, as GitHub spells a repository (no URL, no .git). */
export function parseRepository(raw: string, input: string, hint?: string): string {
  if (!REPOSITORY.test(raw)) {
    throw new ActionError(`'${raw}' is not an owner/name repository.`, {
      input,
      ...(hint ? { hint } : {}),
    });
  }
  return raw;
}

/** The start of a git tag name: nothing git refuses in a ref (check-ref-format), no trailing slash. */
export function parseTagPrefix(raw: string, input: string): string {
  if (!isRefPrefix(raw)) {
    throw new ActionError(`${input} '${raw}' cannot start a git tag name.`, { input });
  }
  return raw;
}

/** An index root such as https://pypi.org: the trailing slash dropped, then checked to be a URL. */
export function parseIndexRoot(raw: string, input: string): string {
  return parseUrl(trimSlash(raw), input, 'Use the index root, e.g. https://pypi.org.');
}

/**
 * A JSON list, as another action's list output is passed on ('' means []).
 * Only the shape is checked, not the elements: they are read as `T`.
 */
export function parseJsonList<T>(raw: string, input: string, hint: string): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.trim() || '[]');
  } catch (e) {
    throw new ActionError(`Input '${input}' is not JSON: ${(e as Error).message}.`, {
      input,
      hint,
    });
  }
  if (!Array.isArray(parsed)) {
    throw new ActionError(`Input '${input}' is not a JSON list.`, { input });
  }
  return parsed as T[];
}
