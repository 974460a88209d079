// Where the project's shared ground truth (`shared/`: the ngrok reference and the published
// corpus) is: next to the checkout, as the brief lays the work out. A throwaway clone made
// elsewhere (`git clone -q . "$(mktemp -d)"`, the pre-stop check) finds it next to the
// repository it was cloned from. `TPC_SHARED_DIR` overrides both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The local path a checkout was cloned from (`remote.origin.url`), when it is a local path. */
function originPath(root) {
  let config;
  try {
    config = readFileSync(join(root, '.git', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
  const url = /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1];
  if (!url) return undefined;
  if (url.startsWith('file://')) return fileURLToPath(url);
  return isAbsolute(url) ? url : undefined;
}

/** The `shared/` folder: `TPC_SHARED_DIR`, `<repo>/../shared`, or `<origin>/../shared`; the first that exists (else the second). */
export function sharedDir(root = repoRoot) {
  if (process.env.TPC_SHARED_DIR) return resolve(process.env.TPC_SHARED_DIR);
  const beside = resolve(root, '../shared');
  if (existsSync(beside)) return beside;
  const origin = originPath(root);
  if (origin) {
    const there = resolve(origin, '../shared');
    if (existsSync(there)) return there;
  }
  return beside;
}

/** The published ngrok corpus (`shared/corpus/ngrok-docs`). */
export const CORPUS_DIR = join(sharedDir(), 'corpus', 'ngrok-docs');
