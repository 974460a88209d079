/**
 * Atomic file writes: the new content goes to a temporary file in the same folder, is flushed
 * to disk, then renamed over the target. A reader (or a crash) sees the old file or the new
 * one, never half of it. The target's permission bits are kept.
 */

import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `data` to `path` atomically. Throws the underlying I/O error (the temp file is removed). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // node:crypto is imported here, not at the top: every command that may write loads this
  // module, and loading crypto costs start-up time even when nothing is written.
  const { randomBytes } = await import('node:crypto');
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const handle = await open(tmp, 'wx', mode ?? 0o644);
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
