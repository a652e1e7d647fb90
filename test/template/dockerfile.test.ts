import {
  imagePython,
  parseAssignments,
  parseImageRef,
  parseInstructions,
  pythonOfImage,
  substitute,
} from '../../packages/template/dockerfile.js';

describe('the final image’s Python, from the Dockerfile', () => {
  it.each([
    ['FROM python:3.11-slim', '3.11'],
    ['FROM python:3.11.7-bookworm AS base', '3.11.7'],
    ['FROM docker.io/library/python:3.12', '3.12'],
    ['FROM public.ecr.aws/docker/library/python:3.10-alpine3.19', '3.10'],
    ['from --platform=linux/amd64 python:3.13-slim-bookworm as final', '3.13'],
    ['FROM python:3.11-slim@sha256:' + 'a'.repeat(64), '3.11'],
    ['FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim', '3.12'],
    ['FROM nikolaik/python-nodejs:python3.11-nodejs20', '3.11'],
    ['FROM python:3', '3'],
  ])('%s → %s', (dockerfile, version) => {
    const p = imagePython(`${dockerfile}\nRUN echo hi\n`);
    expect(p.version).toBe(version);
    expect(p.source).toBe('image-tag');
    expect(p.line).toBe(1);
  });

  it('ARG before FROM: the default builds the tag, and the ARG is named', () => {
    const p = imagePython(`# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.11
ARG VARIANT=slim
FROM python:\${PYTHON_VERSION}-\${VARIANT}
RUN pip install x
`);
    expect(p).toMatchObject({
      version: '3.11',
      image: 'python:3.11-slim',
      line: 4,
      viaArg: { name: 'PYTHON_VERSION', value: '3.11', line: 2 },
    });
  });

  it('${VAR:-default} in FROM', () => {
    expect(imagePython('FROM python:${PY:-3.12}-slim\n').version).toBe('3.12');
  });

  it('multi-stage: the stage the final image is built from, not the builder', () => {
    const p = imagePython(`FROM python:3.12 AS builder
RUN pip wheel -w /w .

FROM python:3.10-slim AS runtime
COPY --from=builder /w /w
`);
    expect([p.version, p.line]).toEqual(['3.10', 4]);
  });

  it('multi-stage: a final stage built FROM an earlier stage follows it back', () => {
    const p = imagePython(`FROM python:3.11-slim AS base
RUN apt-get update

FROM node:20 AS assets
RUN npm ci

FROM base
COPY --from=assets /app/dist /app/static
`);
    expect([p.version, p.line, p.image]).toEqual(['3.11', 1, 'python:3.11-slim']);
  });

  it('line continuations, comments inside them, and a FROM after a heredoc', () => {
    const p = imagePython(`FROM \\
    # a comment inside the continuation
    python:3.10-slim \\
    AS app
RUN <<EOF
FROM python:3.13
EOF
RUN pip install \\
      molecule-ai-workspace-runtime
`);
    expect([p.version, p.line]).toEqual(['3.10', 1]);
  });

  it('# escape=` directive', () => {
    const p = imagePython('# escape=`\nFROM `\n  python:3.12-windowsservercore\n');
    expect(p.version).toBe('3.12');
  });

  it('ENV PYTHON_VERSION in a stage whose base is not a Python image', () => {
    const p = imagePython(`FROM ubuntu:24.04
ENV DEBIAN_FRONTEND=noninteractive PYTHON_VERSION=3.12.3
RUN apt-get install -y python3
`);
    expect(p).toMatchObject({ version: '3.12.3', source: 'env', line: 2 });
  });

  it('legacy ENV form and a stage ARG that inherits the global default', () => {
    expect(imagePython('FROM debian:12\nENV PYTHON_VERSION 3.11.9\n').version).toBe('3.11.9');
    const p = imagePython('ARG PYTHON_VERSION=3.10\nFROM debian:12\nARG PYTHON_VERSION\nRUN x\n');
    expect(p).toMatchObject({ version: '3.10', source: 'arg', line: 3 });
  });

  it('unknown: FROM ubuntu says the floor cannot be checked and what to do', () => {
    const p = imagePython('FROM ubuntu:24.04\nRUN apt-get install -y python3\n');
    expect(p.version).toBeUndefined();
    expect(p.line).toBe(1);
    expect(p.unknown).toMatch(
      /ubuntu:24\.04 is not a python image.*cannot be checked.*FROM python:X\.Y-slim/,
    );
  });

  it('unknown: python:latest and python:slim follow the newest Python', () => {
    for (const from of ['FROM python', 'FROM python:slim', 'FROM python:latest']) {
      const p = imagePython(`${from}\nENV PYTHON_VERSION=3.9\n`);
      expect(p.version).toBeUndefined();
      expect(p.unknown).toMatch(/follows the newest Python.*Pin the version/);
    }
  });

  it('unknown: a FROM built from an ARG without a default', () => {
    const p = imagePython('ARG BASE\nFROM ${BASE}\n');
    expect(p.unknown).toMatch(/depends on ARG BASE with no default/);
  });

  it('unknown: no FROM at all', () => {
    expect(imagePython('# empty\n').unknown).toMatch(/no FROM instruction/);
  });

  it('records ARG RUNTIME_VERSION declarations', () => {
    expect(
      imagePython(
        'FROM python:3.11-slim\nARG RUNTIME_VERSION\nRUN pip install "x==${RUNTIME_VERSION}"\n',
      ).runtimeVersionArgLines,
    ).toEqual([2]);
    expect(
      imagePython('FROM python:3.11-slim\nRUN pip install x\n').runtimeVersionArgLines,
    ).toEqual([]);
  });

  it('the sample templates', async () => {
    const { readFileSync } = await import('node:fs');
    const { repoRoot } = await import('../../sandbox/runner.js');
    for (const t of [
      'molecule-ai-workspace-template-claude-code',
      'molecule-ai-workspace-template-langgraph',
    ]) {
      const p = imagePython(readFileSync(`${repoRoot}/examples/templates/${t}/Dockerfile`, 'utf8'));
      expect([p.version, p.line, p.runtimeVersionArgLines]).toEqual(['3.11', 1, [5]]);
    }
  });
});

describe('the pieces', () => {
  it('parseInstructions keeps the first line of each instruction', () => {
    expect(
      parseInstructions('\n# c\nFROM a\n\nRUN x \\\n  y\nENV A=1\n').map((i) => [
        i.keyword,
        i.args,
        i.line,
      ]),
    ).toEqual([
      ['FROM', 'a', 3],
      ['RUN', 'x   y', 5],
      ['ENV', 'A=1', 7],
    ]);
  });

  it('parseAssignments: quoted values and bare ARG names', () => {
    expect(parseAssignments('A=1 B="two words" C', 'ARG')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', undefined],
    ]);
  });

  it('substitute: $X, ${X}, ${X:-d}, ${X:+a}, \\$', () => {
    const vars = new Map([['X', '3.11']]);
    expect(substitute('$X ${X} ${Y:-d} ${X:+a} ${Y:+a} \\$X', vars)).toBe('3.11 3.11 d a  $X');
  });

  it('parseImageRef: registries with ports, digests, no tag', () => {
    expect(parseImageRef('localhost:5000/python:3.11')).toMatchObject({
      repository: 'python',
      tag: '3.11',
    });
    expect(parseImageRef('localhost:5000/python')).toMatchObject({
      repository: 'python',
      tag: 'latest',
    });
    expect(pythonOfImage(parseImageRef('python:3.11.9-slim'))).toEqual({ version: '3.11.9' });
    expect(pythonOfImage(parseImageRef('pypy:3.10'))).toEqual({});
  });
});
