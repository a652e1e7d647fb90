/**
 * What the published runtime says about itself, read from the wheel the
 * index serves (not from the monorepo): its Requires-Python and the list of
 * runtime modules (`<import-name>/_runtime_modules.json`, written by build).
 * The JSON API (`GET {index}/pypi/{name}/{version}/json`) names the wheel;
 * the wheel is downloaded and checked against the sha256 the index lists
 * (packages/index/release.ts) and read with packages/distribution/read.ts.
 */
import { parseWheel, type WheelContents } from '../distribution/read.js';
import type { HttpClient } from '../toolkit/http.js';
import { downloadFile, fetchRelease } from '../index/release.js';
import { ActionError } from '../toolkit/errors.js';
import type { RuntimeModules } from './bare-imports.js';

export interface PublishedRuntime {
  /** The release's JSON API URL. */
  releaseUrl: string;
  wheelUrl: string;
  wheelName: string;
  /** Requires-Python of the wheel's METADATA (undefined when it has none). */
  requiresPython: string | undefined;
  modules: RuntimeModules;
}

/**
 * The runtime's module list: the manifest when the wheel has one, else (older
 * wheels) every module and package directly under the import package.
 */
export function runtimeModulesOf(wheel: WheelContents): RuntimeModules {
  if (wheel.runtimeModules) {
    return {
      importName: wheel.runtimeModules.importName,
      topLevelModules: [...wheel.runtimeModules.top_level_modules].sort(),
      subpackages: [...wheel.runtimeModules.subpackages].sort(),
      source: 'manifest',
    };
  }
  // The import package: the top-level name holding the most Python files.
  const counts = new Map<string, number>();
  for (const p of wheel.files.keys()) {
    const top = p.split('/')[0] as string;
    if (p.endsWith('.py') && wheel.topLevel.includes(top))
      counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  const importName =
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ??
    wheel.topLevel[0] ??
    '';
  const modules = new Set<string>();
  const packages = new Set<string>();
  for (const p of wheel.files.keys()) {
    const parts = p.split('/');
    if (parts[0] !== importName || !p.endsWith('.py')) continue;
    if (parts.length === 2 && parts[1] !== '__init__.py')
      modules.add((parts[1] as string).slice(0, -3));
    // Only importable folder names: a folder such as adapters/google-adk cannot be imported.
    else if (parts.length > 2 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(parts[1] as string))
      packages.add(parts[1] as string);
  }
  return {
    importName,
    topLevelModules: [...modules].sort(),
    subpackages: [...packages].sort(),
    source: 'file-list',
  };
}

export async function fetchPublishedRuntime(options: {
  indexUrl: string;
  packageName: string;
  version: string;
  http: HttpClient;
}): Promise<PublishedRuntime> {
  const { indexUrl, packageName, version, http } = options;
  const release = await fetchRelease(
    http,
    indexUrl,
    packageName,
    version,
    `the release ${packageName} ${version}`,
  );
  const releaseUrl = release.url;
  if (release.status === 404) {
    throw new ActionError(`${packageName} ${version} is not on the index at ${indexUrl}.`, {
      title: 'Runtime version not found',
      status: 404,
      url: releaseUrl,
      input: 'version',
      hint: 'Check the version, or run wait-for-pypi before template-check: a release can take a minute to appear.',
    });
  }
  if (release.status !== 200 || !release.files) {
    throw new ActionError(`The index's JSON API did not describe ${packageName} ${version}.`, {
      title: 'Index answer unreadable',
      status: release.status,
      url: releaseUrl,
    });
  }
  const files = release.files;
  const wheels = files.filter((f) => f.packagetype === 'bdist_wheel' && f.url && f.filename);
  // The runtime is pure Python; prefer the universal wheel when there are several.
  const chosen = wheels.find((f) => f.filename?.endsWith('-none-any.whl')) ?? wheels[0];
  if (!chosen?.url || !chosen.filename) {
    throw new ActionError(
      `${packageName} ${version} has no wheel on the index (files: ${files.map((f) => f.filename).join(', ') || 'none'}).`,
      {
        title: 'No wheel published',
        url: releaseUrl,
        hint: 'Publish the wheel with the sdist (the build action writes both).',
      },
    );
  }
  const wheelUrl = chosen.url;
  const { data } = await downloadFile(http, {
    url: wheelUrl,
    filename: chosen.filename,
    expectedSha256: chosen.sha256,
    kind: 'Wheel',
  });
  const wheel = parseWheel(data, chosen.filename);
  return {
    releaseUrl,
    wheelUrl,
    wheelName: chosen.filename,
    requiresPython: wheel.metadata.get('Requires-Python')?.trim() || undefined,
    modules: runtimeModulesOf(wheel),
  };
}
