/**
 * The CLI's worker thread (dist/cli/worker.js): the build action's own, so a
 * local `runtime-actions build` shares its parse, compression and package
 * tree with a second core exactly as the action does.
 */
import '../actions/build/worker.js';
