/**
 * The local step runner for this repository's workflows: see run.ts for
 * runWorkflow, stand-ins.ts for what replaces third-party steps, and
 * sandbox-platform.ts for wiring it to the loopback GitHub, index and OIDC
 * issuer.
 */
export { runWorkflow } from './run.js';
export { WorkflowDefect } from './state.js';
export { STAND_INS, NO_DOCKER } from './stand-ins.js';
export { checkReferences } from './references.js';
export { loadWorkflow } from './workflow-file.js';
export type * from './types.js';
