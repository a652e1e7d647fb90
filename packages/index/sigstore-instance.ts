/**
 * The public Sigstore instance (sigstore/sigstore-js @sigstore/sign
 * DEFAULT_FULCIO_URL and DEFAULT_REKOR_URL), in a module of its own so the
 * action's entry can name them without loading the Sigstore libraries.
 */
export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
