/**
 * The third-party pins of a workflow checked against the committed record of
 * what each pinned commit's action.yml says (test/workflows/pinned-actions.json,
 * written by scripts/record-pins.ts from clones of the actions' repositories):
 * the pin is a full SHA, its comment names the tag that commit carries, the
 * action runs on node24 or later, and every `with:` input is one the action
 * declares at that commit (an input renamed or removed between majors is
 * caught here, not by a runner warning in production).
 */
import { parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface PinRecord {
  action: string;
  sha: string;
  tag: string;
  using: string;
  inputs: string[];
  outputs: string[];
}

export interface PinProblem {
  file: string;
  line: number;
  message: string;
}

/** The lowest runtime GitHub's runners still run (Node 20 was dropped in September 2026). */
export const MIN_NODE = 24;

const REMOTE = /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)(\/[^@]*)?@(.+)$/;

/** node24 → 24; composite/docker → undefined (no Node runtime to age out). */
export function nodeMajor(using: string): number | undefined {
  const m = /^node(\d+)$/.exec(using.trim());
  return m ? Number(m[1]) : undefined;
}

export function checkPins(text: string, file: string, records: PinRecord[]): PinProblem[] {
  const problems: PinProblem[] = [];
  const lines = text.split('\n');
  const doc = parseDocument(text);
  const lineOf = (n: Node | null | undefined): number => {
    const offset = n?.range?.[0] ?? 0;
    return text.slice(0, offset).split('\n').length;
  };
  const visit = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item);
      return;
    }
    if (!isMap(node)) return;
    const usesNode = node.get('uses', true) as Node | undefined;
    const uses = node.get('uses');
    if (typeof uses === 'string' && !uses.startsWith('./') && !uses.startsWith('docker://')) {
      const m = REMOTE.exec(uses);
      const action = m?.[1] ?? uses;
      if (m && !action.toLowerCase().startsWith('molecule-ai/')) {
        const line = lineOf(usesNode);
        const sha = m[3]!;
        const comment = /#\s*(\S+)\s*$/.exec(lines[line - 1] ?? '')?.[1];
        const record = records.find(
          (r) => r.action.toLowerCase() === action.toLowerCase() && r.sha === sha,
        );
        const at = (message: string) => problems.push({ file, line, message });
        if (!/^[0-9a-f]{40}$/.test(sha)) at(`${uses} is not pinned to a full commit SHA`);
        else if (!record)
          at(`${action}@${sha} is not in the pins record: run scripts/record-pins.ts`);
        else {
          if (comment === undefined) at(`${uses} has no comment naming its tag (${record.tag})`);
          else if (comment !== record.tag)
            at(`${uses}: the comment says ${comment}, but that commit is tagged ${record.tag}`);
          const major = nodeMajor(record.using);
          if (major !== undefined && major < MIN_NODE)
            at(
              `${action} ${record.tag} runs on ${record.using}; runners need node${MIN_NODE} or later`,
            );
          const withs = node.get('with');
          if (isMap(withs)) {
            for (const pair of withs.items) {
              const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
              if (!record.inputs.includes(key))
                problems.push({
                  file,
                  line: lineOf(pair.key as Node),
                  message: `${action} ${record.tag} has no input '${key}' (inputs: ${record.inputs.join(', ')})`,
                });
            }
          }
        }
      }
    }
    for (const pair of node.items) visit(pair.value);
  };
  visit(doc.contents);
  return problems;
}
