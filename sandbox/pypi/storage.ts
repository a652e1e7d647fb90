/**
 * The sandbox index's state: projects, releases, files and their bytes, in
 * memory. Files live at warehouse's content-addressed paths
 * (`/packages/ab/cd/<rest of blake2_256>/<filename>`), and each has a
 * `visibleAt` so the simple index and JSON API can lag behind uploads the way
 * PyPI's CDN does.
 */
import type { Provenance } from '../../packages/index/attestation.js';
import { createHash } from 'node:crypto';
import { compare } from '@renovatebot/pep440';
import { blake2bHex } from './blake2b.js';
import { normalizeName } from './names.js';

export interface FileHashes {
  md5: string;
  sha256: string;
  blake2_256: string;
}

export function hashFile(data: Uint8Array): FileHashes {
  return {
    md5: createHash('md5').update(data).digest('hex'),
    sha256: createHash('sha256').update(data).digest('hex'),
    blake2_256: blake2bHex(data, 32),
  };
}

/** What a release keeps from the core metadata of its first file (as warehouse does). */
export interface ReleaseMetadata {
  name: string;
  version: string;
  summary?: string;
  description?: string;
  descriptionContentType?: string;
  author?: string;
  authorEmail?: string;
  maintainer?: string;
  maintainerEmail?: string;
  license?: string;
  licenseExpression?: string;
  keywords?: string;
  classifiers: string[];
  homePage?: string;
  downloadUrl?: string;
  requiresPython?: string;
  requiresDist: string[];
  providesExtra: string[];
  projectUrls: Record<string, string>;
  platform?: string;
}

export interface StoredFile {
  filename: string;
  /** Normalised project name. */
  project: string;
  /** The release's version string (normalised, as warehouse stores it). */
  version: string;
  packagetype: 'sdist' | 'bdist_wheel';
  pythonVersion: string;
  content: Uint8Array;
  size: number;
  hashes: FileHashes;
  requiresPython?: string;
  /** METADATA of a wheel, served at `<file url>.metadata` (PEP 658). */
  coreMetadata?: Uint8Array;
  coreMetadataSha256?: string;
  /** Path below /packages/. */
  path: string;
  uploadedAt: number;
  visibleAt: number;
  /** PEP 740 provenance, when the upload carried attestations. */
  provenance?: Provenance;
}

export interface Release {
  version: string;
  canonicalVersion: string;
  isPrerelease: boolean;
  metadata: ReleaseMetadata;
  files: StoredFile[];
}

export interface Project {
  name: string;
  normalized: string;
  createdAt: number;
  visibleAt: number;
  releases: Map<string, Release>;
  lastSerial: number;
}

export class Registry {
  readonly projects = new Map<string, Project>();
  private readonly byPath = new Map<string, StoredFile>();
  private readonly byFilename = new Map<string, StoredFile>();
  private readonly byBlake2 = new Map<string, StoredFile>();
  serial = 0;

  constructor(private readonly now: () => number = Date.now) {}

  project(name: string): Project | undefined {
    return this.projects.get(normalizeName(name));
  }

  /** Creates the project if missing; `visibleAfterMs` delays its appearance in the index. */
  ensureProject(name: string, visibleAfterMs = 0): Project {
    const existing = this.project(name);
    if (existing) return existing;
    const at = this.now();
    const project: Project = {
      name,
      normalized: normalizeName(name),
      createdAt: at,
      visibleAt: at + visibleAfterMs,
      releases: new Map(),
      lastSerial: ++this.serial,
    };
    this.projects.set(project.normalized, project);
    return project;
  }

  fileByFilename(filename: string): StoredFile | undefined {
    return this.byFilename.get(filename);
  }

  fileByBlake2(digest: string): StoredFile | undefined {
    return this.byBlake2.get(digest);
  }

  fileByPath(path: string): StoredFile | undefined {
    return this.byPath.get(path);
  }

  addFile(project: Project, release: Release, file: StoredFile): void {
    if (!project.releases.has(release.canonicalVersion)) {
      project.releases.set(release.canonicalVersion, release);
    }
    release.files.push(file);
    this.byPath.set(file.path, file);
    this.byFilename.set(file.filename, file);
    this.byBlake2.set(file.hashes.blake2_256, file);
    project.lastSerial = ++this.serial;
  }

  /** Releases with at least one file visible now, oldest to newest by PEP 440. */
  visibleReleases(project: Project, at = this.now()): Release[] {
    return [...project.releases.values()]
      .filter((r) => r.files.some((f) => f.visibleAt <= at))
      .sort((a, b) => compare(a.version, b.version));
  }

  visibleFiles(release: Release, at = this.now()): StoredFile[] {
    return release.files.filter((f) => f.visibleAt <= at);
  }
}

/** warehouse's storage path: blake2_256 split 2/2/rest, then the file name. */
export function storagePath(blake2: string, filename: string): string {
  return `${blake2.slice(0, 2)}/${blake2.slice(2, 4)}/${blake2.slice(4)}/${filename}`;
}
