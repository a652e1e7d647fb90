/**
 * Fault injection and rate limits for the sandbox GitHub. Rules match a
 * request by method and by path: a string is compared with the OpenAPI
 * template (`/repos/{owner}/{repo}/dispatches`) or the literal path, a
 * RegExp is tested against the literal path.
 *
 * Rate limits follow GitHub's documented behaviour: a secondary limit is a
 * 403 with `Retry-After` and the "secondary rate limit" message; a primary
 * limit is a 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`.
 * While either is in force for a token, every request that token sends is
 * recorded in `limitViolations` (GitHub may ban integrations that keep
 * sending them) and refused again.
 */
interface RuleBase {
  method?: string;
  path: string | RegExp;
  /** How many matching requests the fault applies to (default 1; Infinity for all). */
  times?: number;
}

export type FaultRule = RuleBase &
  (
    | { kind: 'status'; status: 500 | 502 | 503 | 504; retryAfter?: number }
    | { kind: 'reset' }
    | { kind: 'timeout' }
    | { kind: 'secondary-rate-limit'; retryAfter: number }
    | { kind: 'primary-rate-limit'; resetInSeconds: number }
  );

export interface SecondaryLimitRule {
  path?: RegExp;
  method?: string;
  maxRequests: number;
  windowMs: number;
  /** Seconds sent in Retry-After when the window is full. */
  retryAfter: number;
}

export interface LimitViolation {
  method: string;
  path: string;
  at: number;
  /** When the Retry-After / reset that was in force ends (ms since epoch). */
  blockedUntil: number;
  kind: 'secondary' | 'primary';
}

export interface RequestKey {
  method: string;
  path: string;
  template: string | undefined;
  /** Who sent it (the token, or 'anonymous'): limits are per identity, as on GitHub. */
  identity: string;
}

/** What the server must do instead of answering normally. */
export type FaultAction =
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'reset' }
  | { kind: 'timeout' }
  | { kind: 'secondary-rate-limit'; retryAfter: number; violation?: LimitViolation }
  | { kind: 'primary-rate-limit'; resetAt: number; violation?: LimitViolation };

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

interface Block {
  until: number;
  kind: 'secondary' | 'primary';
  /** Seconds for Retry-After (secondary) or the reset epoch seconds (primary). */
  resetAt: number;
}

function matches(rule: { method?: string; path?: string | RegExp }, key: RequestKey): boolean {
  if (rule.method && rule.method.toUpperCase() !== key.method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (rule.path instanceof RegExp) {
    rule.path.lastIndex = 0;
    return rule.path.test(key.path);
  }
  return rule.path === key.template || rule.path === key.path;
}

export class Faults {
  /** Requests that arrived while a Retry-After or a primary reset was in force for their sender. */
  readonly limitViolations: LimitViolation[] = [];
  private rules: ActiveRule[] = [];
  private windows: Array<{ rule: SecondaryLimitRule; hits: Map<string, number[]> }> = [];
  private blocks = new Map<string, Block>();

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0)) throw new Error('faults.add: times must be positive');
    this.rules.push({ rule, remaining: times });
  }

  /**
   * A sliding window: more than `maxRequests` matching requests from one
   * sender within `windowMs` get a 403 secondary limit with Retry-After.
   */
  secondaryLimit(rule: SecondaryLimitRule): void {
    this.windows.push({ rule, hits: new Map() });
  }

  /** Removes every rule, window and block (recorded violations are kept). */
  clear(): void {
    this.rules = [];
    this.windows = [];
    this.blocks.clear();
  }

  /** How many times rules still apply (for tests that check a fault was consumed). */
  pending(): number {
    return this.rules.reduce((n, r) => n + (Number.isFinite(r.remaining) ? r.remaining : 1), 0);
  }

  /** @internal Decides the fate of one request; records limit violations. */
  decide(key: RequestKey, now = Date.now()): FaultAction | undefined {
    // A request sent while a limit is in force is refused again and recorded.
    const block = this.blocks.get(key.identity);
    if (block && now < block.until) {
      const violation: LimitViolation = {
        method: key.method,
        path: key.path,
        at: now,
        blockedUntil: block.until,
        kind: block.kind,
      };
      this.limitViolations.push(violation);
      return block.kind === 'secondary'
        ? {
            kind: 'secondary-rate-limit',
            retryAfter: Math.max(1, Math.ceil((block.until - now) / 1000)),
            violation,
          }
        : { kind: 'primary-rate-limit', resetAt: block.resetAt, violation };
    }
    if (block) this.blocks.delete(key.identity);

    for (const active of this.rules) {
      if (active.remaining <= 0 || !matches(active.rule, key)) continue;
      active.remaining--;
      const rule = active.rule;
      switch (rule.kind) {
        case 'secondary-rate-limit':
          this.blocks.set(key.identity, {
            until: now + rule.retryAfter * 1000,
            kind: 'secondary',
            resetAt: 0,
          });
          return { kind: 'secondary-rate-limit', retryAfter: rule.retryAfter };
        case 'primary-rate-limit': {
          const resetAt = Math.ceil((now + rule.resetInSeconds * 1000) / 1000);
          this.blocks.set(key.identity, { until: resetAt * 1000, kind: 'primary', resetAt });
          return { kind: 'primary-rate-limit', resetAt };
        }
        case 'status':
          return { kind: 'status', status: rule.status, retryAfter: rule.retryAfter };
        default:
          return { kind: rule.kind };
      }
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);

    for (const w of this.windows) {
      if (!matches(w.rule, key)) continue;
      const hits = (w.hits.get(key.identity) ?? []).filter((t) => t > now - w.rule.windowMs);
      if (hits.length >= w.rule.maxRequests) {
        w.hits.set(key.identity, hits);
        this.blocks.set(key.identity, {
          until: now + w.rule.retryAfter * 1000,
          kind: 'secondary',
          resetAt: 0,
        });
        return { kind: 'secondary-rate-limit', retryAfter: w.rule.retryAfter };
      }
      hits.push(now);
      w.hits.set(key.identity, hits);
    }
    return undefined;
  }
}
