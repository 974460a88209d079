/**
 * The resolved intermediate form: names looked up, templates instantiated, parameters
 * interpolated, defaults applied. Every value keeps the location that produced it.
 * @internal
 */

import type { ActionPoint } from '../dsl/ast.js';
import type { SourceLocation } from './types.js';

export type Loc = SourceLocation;

/** A value with its origin. */
export interface Located<T> {
  value: T;
  loc: Loc;
}

/** A named IP group, flattened (members of nested groups included), CIDRs normalised. */
export interface GroupIR {
  name: string;
  loc: Loc;
  cidrs: Located<string>[];
}

export interface JwtIR {
  kind: 'jwt';
  name: string;
  loc: Loc;
  issuer: Located<string>;
  audiences: Located<string>[];
  jwks: Located<string>;
  header: string;
  prefix: string | undefined;
  algorithms: string[];
}

export interface LoginIR {
  kind: 'oauth' | 'oidc';
  name: string;
  loc: Loc;
  /** OAuth provider. */
  provider?: string;
  /** OIDC issuer URL. */
  issuer?: Located<string>;
  clientId?: Located<string>;
  clientSecret?: Located<string>;
  scopes: string[];
  domains: Located<string>[];
  emails: Located<string>[];
}

export type IdentityIR = JwtIR | LoginIR;

/** A certificate authority for mTLS: PEM text, a CA id, or a `${secrets.get(…)}` reference. */
export type CaIR = Located<string>;

/** A service of a site. */
export interface ServiceIR {
  name: string;
  loc: Loc;
  upstream: {
    raw: string;
    scheme: 'http' | 'https' | 'tcp' | 'tls';
    host: string;
    port: number | undefined;
    loc: Loc;
  };
  onDemand: boolean;
  /** Protocol family of its internal endpoint (decided by its exposures, else its upstream). */
  family: 'http' | 'tcp' | 'tls';
  /** Where the family was decided (the first exposure), for TPC2048. */
  familyLoc?: Loc;
  internalUrl: string;
}

/** An escape-hatch action. */
export interface ActionIR {
  point: ActionPoint;
  loc: Loc;
  /**
   * The CEL expression of `when` (parameters interpolated), located at its string and marked
   * `user` (lint findings in it are the user's, TPC2084). Absent without `when`.
   */
  when?: Located<string>;
  /** The action object as written (`type`, `config`). */
  value: Record<string, unknown>;
  /** Relative JSON Pointer (inside the action) → location of that value. */
  map: [string, Loc][];
  type: string | undefined;
}

/** One exposure with its defaults applied. */
export interface ExposureIR {
  service: ServiceIR;
  loc: Loc;
  url: {
    raw: string;
    /** Normalised `scheme://host[:port]`. */
    normalized: string;
    scheme: 'https' | 'tcp' | 'tls';
    host: string;
    port: number | undefined;
    loc: Loc;
  };
  path: Located<string> | undefined;
  allowGroups: { group: GroupIR; loc: Loc }[];
  allowIdentities: { identity: IdentityIR; loc: Loc }[];
  denies: { group: GroupIR; loc: Loc }[];
  tlsMin: Located<'1.2' | '1.3'> | undefined;
  mtls: { cas: CaIR[]; loc: Loc } | undefined;
  actions: ActionIR[];
}

/** One site. */
export interface SiteIR {
  name: string;
  loc: Loc;
  binds: Located<string>[];
  connectUrl: Located<string> | undefined;
  region: Located<string> | undefined;
  failover: Loc | undefined;
  services: ServiceIR[];
  exposures: ExposureIR[];
}
