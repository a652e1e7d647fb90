/**
 * The part of @actions/core the runner adapter (runner.ts) uses: inputs,
 * outputs, logs, annotations, masking, log groups and the step summary,
 * without @actions/core's index module. That index (lib/core.js) imports its
 * OIDC client, which loads @actions/http-client and undici: 1.1 MB of every
 * bundle, compiled and partly evaluated at every start, though no action here
 * asks for an ID token through it (see oidcRequest in runner.ts).
 *
 * The runner's command protocol stays @actions/core's own code: command.js,
 * file-command.js, utils.js and summary.js are imported from the installed
 * package by path (its exports map offers only the index). The eleven short
 * functions core.js defines itself are copied from @actions/core 3.0.1's
 * lib/core.js, statement for statement; test/foundation/workflow-commands.test.ts
 * runs both on the same calls and compares the bytes they write.
 */
import * as os from 'node:os';
import type { AnnotationProperties, InputOptions } from '@actions/core';
import { issue, issueCommand } from '../node_modules/@actions/core/lib/command.js';
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js';

export { summary } from '../node_modules/@actions/core/lib/summary.js';
export type { AnnotationProperties, InputOptions };

export function getInput(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}

export function setOutput(name: string, value: unknown): void {
  const filePath = process.env['GITHUB_OUTPUT'] || '';
  if (filePath) {
    return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'error',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'warning',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'notice',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  let result: T;
  try {
    result = await fn();
  } finally {
    endGroup();
  }
  return result;
}
