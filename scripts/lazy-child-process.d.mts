// Types of scripts/lazy-child-process.mjs (for its test).
import type { Plugin } from 'esbuild';
/** esbuild plugin: commander's `node:child_process` loads on first use. */
export declare function lazyChildProcess(): Plugin;
