// Types of scripts/yaml-esm.mjs (for the test that bundles yaml through it).
import type { Plugin } from 'esbuild';
/** esbuild plugin: `yaml` from its ES-module build, patched to behave as its Node build. */
export declare function yamlEsm(): Plugin;
