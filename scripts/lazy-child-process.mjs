// An esbuild plugin: inside commander, `node:child_process` resolves to
// scripts/lazy-child-process.cjs, which loads the real module on first use (see there).
import { fileURLToPath } from 'node:url';

const shim = fileURLToPath(new URL('./lazy-child-process.cjs', import.meta.url));

/** The plugin (only commander's imports are redirected; everything else gets the real module). */
export function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(build) {
      build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: shim } : undefined));
    },
  };
}
