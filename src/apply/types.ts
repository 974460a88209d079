/**
 * Wire types of the ngrok REST API (`Ngrok-Version: 2`) for the parts tpc uses: endpoints,
 * reserved domains and reserved TCP addresses. snake_case as on the wire. Responses omit empty
 * fields, so almost everything is optional; treat missing, `null` and `""` alike.
 */

import type { CloudEndpointCreate } from '../ngrok/types.js';

/** A reference to another API object. */
export interface Ref {
  id: string;
  uri: string;
}

/** An endpoint as the API returns it (cloud, agent/ephemeral or edge). */
export interface Endpoint {
  id: string;
  uri?: string;
  /** `cloud`, `agent` (also seen as `ephemeral`) or `edge`. Only cloud endpoints can be written. */
  type: string;
  url?: string;
  public_url?: string;
  proto?: string;
  scheme?: string;
  hostport?: string;
  host?: string;
  port?: number;
  description?: string;
  metadata?: string;
  traffic_policy?: string;
  bindings?: string[];
  pooling_enabled?: boolean;
  domain?: Ref | null;
  tcp_addr?: Ref | null;
  principal?: Ref | null;
  tunnel?: Ref | null;
  tunnel_session?: Ref | null;
  edge?: Ref | null;
  region?: string;
  name?: string;
  upstream_url?: string;
  upstream_protocol?: string;
  created_at?: string;
  updated_at?: string;
}

/** Body of `PATCH /endpoints/{id}`: the fields to change. Never send it empty. */
export type EndpointUpdate = Partial<Omit<CloudEndpointCreate, 'type'>>;

/** A reserved domain (`/reserved_domains`). */
export interface ReservedDomain {
  id: string;
  uri?: string;
  domain: string;
  description?: string;
  metadata?: string;
  created_at?: string;
  region?: string;
  cname_target?: string | null;
  certificate?: Ref | null;
  [legacy: string]: unknown;
}

/** A reserved TCP address (`/reserved_addrs`). */
export interface ReservedAddr {
  id: string;
  uri?: string;
  /** `host:port`, assigned by ngrok. */
  addr: string;
  description?: string;
  metadata?: string;
  region?: string;
  created_at?: string;
  [legacy: string]: unknown;
}

/** The error body every failed API call returns. */
export interface ApiErrorBody {
  error_code?: string;
  status_code?: number;
  msg?: string;
  details?: Record<string, string>;
}

/** A list envelope. The items live under a resource-specific key. */
export interface Page {
  uri?: string;
  next_page_uri?: string | null;
  [items: string]: unknown;
}
