/**
 * Import names that differ from the distribution that provides them: `import
 * yaml` comes from PyYAML, `import PIL` from Pillow. Where the names agree
 * once normalised (PEP 503: `typing_extensions` and typing-extensions,
 * `jinja2` and Jinja2), no entry is needed, nor for namespace packages named
 * after their dotted path (`google.cloud.storage`: google-cloud-storage).
 *
 * Kept small and to common distributions on purpose: it only saves a
 * warning. An import it does not know is matched on its own name, and a
 * project whose dependency provides an unlisted import name gets a warning it
 * can silence by adding the name here. Keys are top-level import names, or a
 * dotted prefix for namespace packages (`google.protobuf`); values are the
 * distributions that provide them, the usual one first (the one `init` writes).
 *
 * test/runtime-build/dependencies.test.ts checks every entry whose distribution is
 * installed against CPython's importlib.metadata.packages_distributions().
 */
export const IMPORT_DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
  a2a: ['a2a-sdk'],
  attr: ['attrs'],
  bs4: ['beautifulsoup4'],
  Crypto: ['pycryptodome'],
  cv2: ['opencv-python', 'opencv-python-headless'],
  dateutil: ['python-dateutil'],
  dns: ['dnspython'],
  docx: ['python-docx'],
  dotenv: ['python-dotenv'],
  fitz: ['PyMuPDF'],
  git: ['GitPython'],
  github: ['PyGithub'],
  'google.protobuf': ['protobuf'],
  grpc: ['grpcio'],
  jwt: ['PyJWT'],
  magic: ['python-magic'],
  multipart: ['python-multipart'],
  MySQLdb: ['mysqlclient'],
  nacl: ['PyNaCl'],
  OpenSSL: ['pyOpenSSL'],
  // The API; opentelemetry.sdk, opentelemetry.exporter.… match their own
  // distributions by name (opentelemetry-sdk, …), as namespace packages do.
  opentelemetry: ['opentelemetry-api'],
  PIL: ['Pillow'],
  pkg_resources: ['setuptools'],
  psycopg2: ['psycopg2', 'psycopg2-binary'],
  serial: ['pyserial'],
  sklearn: ['scikit-learn'],
  socks: ['PySocks'],
  websocket: ['websocket-client'],
  yaml: ['PyYAML'],
  zmq: ['pyzmq'],
};
