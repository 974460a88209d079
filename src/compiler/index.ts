/**
 * The `.tpc` compiler: `compile(source, options)` turns a program into validated ngrok artifacts
 * for a whole fleet (agent configs, cloud endpoint specs, authtoken ACLs, a manifest).
 */

export { compile } from './compile.js';
export { CompilerMessages } from './messages.js';
export { locateInMap, pointerOf } from './source-map.js';
export type {
  AuthtokenAcl,
  CloudEndpointArtifact,
  CompileOptions,
  CompileResult,
  Manifest,
  ManifestEntry,
  SiteArtifacts,
  SourceLocation,
  SourceMap,
} from './types.js';
