/**
 * Public types of the compiler: what `compile()` takes and returns.
 */

import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import type { DesiredEndpoint } from '../ngrok/endpoint-spec.js';
import type { AgentConfig, CloudEndpointCreate, TrafficPolicy } from '../ngrok/types.js';

/** Options of `compile()`. */
export interface CompileOptions {
  /**
   * Path of the source (as the user gave it; diagnostics carry it). Imports, `file(…)` and
   * `sites from` paths are resolved relative to its folder. Default `<input>`.
   */
  file?: string;
  /**
   * Reads a file (imports, CA files, sites files); returns undefined (or throws) when it cannot.
   * A thrown file system error (with a `code` such as `EISDIR`) says why in the diagnostic. Default:
   * the local file system (UTF-8). Pass your own for in-memory compilation.
   */
  readFile?: (path: string) => string | undefined;
  /** Emit only this site (the whole fleet is still checked). */
  site?: string;
  /**
   * Environment for `env(…)`. Reserved: today no compiled field accepts `env(…)` (every place
   * the DSL allows it is a policy field, where it is an error), so nothing is read from it.
   */
  env?: Record<string, string | undefined>;
}

/** A place in a `.tpc` (or sites) file. */
export interface SourceLocation {
  /** The file path as diagnostics show it. */
  file: string;
  range: Range;
  /** True when the value was written by the user verbatim (the `action` escape hatch). */
  user?: true;
  /** True for the CEL expression of an `action … when "…"` (written by the user; `user` is set too). */
  condition?: true;
}

/** One cloud endpoint of a site. */
export interface CloudEndpointArtifact {
  /** File stem: `<site>/endpoints/<name>.json`. */
  name: string;
  /** `<site>/<name>`: the endpoint's identity for the applier. */
  key: string;
  /** Public URL (normalised). */
  url: string;
  /** The Traffic Policy (also serialised into `desired.body.traffic_policy`). */
  policy: TrafficPolicy;
  /** The create body with the ownership marker and hash. */
  desired: DesiredEndpoint;
  /** Where it comes from (the first `expose` at this URL). */
  origin: SourceLocation;
}

/** Body of `POST /credentials` for the site's agent authtoken. */
export interface AuthtokenAcl {
  description: string;
  metadata: string;
  acl: string[];
}

/** Everything compiled for one site. */
export interface SiteArtifacts {
  name: string;
  /** `<site>/ngrok.yml`: the always-on agent. */
  agentConfig: AgentConfig;
  /** `<site>/ngrok-failover.yml`: the second agent, with `agent failover`. */
  failoverConfig?: AgentConfig;
  /** `<site>/ngrok-on-demand.yml`: on-demand services, started by hand. */
  onDemandConfig?: AgentConfig;
  /** Sorted by name. */
  endpoints: CloudEndpointArtifact[];
  acl: AuthtokenAcl;
  /** `<site>/README.md`. */
  readme: string;
  origin: SourceLocation;
}

/** One `endpoints[]` entry of `manifest.json` (read by the applier's `loadManifest`). */
export interface ManifestEntry {
  key: string;
  site: string;
  /** Path of the create body, relative to the manifest. */
  file: string;
  url: string;
  hash: string;
}

/** The content of `manifest.json`. */
export interface Manifest {
  version: 1;
  generator: 'tpc';
  /** The main `.tpc` file, relative to its own folder (its base name). */
  source: string;
  endpoints: ManifestEntry[];
}

/** JSON Pointer (RFC 6901) → where the value came from, per output file. */
export type SourceMap = ReadonlyMap<string, ReadonlyMap<string, SourceLocation>>;

/** What `compile()` returns. */
export interface CompileResult {
  /** Sorted by name; empty when `emitSkipped`. */
  sites: SiteArtifacts[];
  /** The manifest plus the desired endpoints themselves (in memory only). */
  manifest: Manifest & { desired: DesiredEndpoint[] };
  /** Output files by path relative to the output folder, sorted; empty when `emitSkipped`. */
  files: Map<string, string>;
  /**
   * Per output file, JSON Pointer → source location. For `<name>.json` files the pointers
   * below `/traffic_policy` address the parsed policy.
   */
  sourceMap: SourceMap;
  /** Parse (TPC1xxx), semantic (TPC2xxx) and output-validation (TPC3xxx) diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** True when an error-level diagnostic stopped the output. */
  emitSkipped: boolean;
  /** Text of every source file read (the main file, imports, sites files), for code frames. */
  sources: Map<string, string>;
}

export type { CloudEndpointCreate };
