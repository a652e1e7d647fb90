/**
 * The build's option defaults, shared by the CLI. build/action.yml holds the
 * same values for the action (the runner fills them in); a test keeps the two
 * in step.
 */
export const BUILD_DEFAULTS = {
  source: 'workspace',
  'package-name': 'molecule-ai-workspace-runtime',
  'import-name': 'molecule_runtime',
  'out-dir': 'dist',
  project: '',
  exclude: [
    'Dockerfile',
    '*.sh',
    'pytest.ini',
    'requirements.txt',
    '__pycache__/',
    'tests/',
    'lib/',
    'molecule_audit/',
    'scripts/',
    // Dot-files (.coveragerc, .env*, editor and tool configs) are never runtime code; `!name` ships one.
    '.*',
  ],
  modules: [] as string[],
  'allow-unresolved': [] as string[],
  strict: 'false',
} as const;
