/**
 * `traffic-policy-compiler/testing`: helpers for testing code that uses tpc or ngrok.
 * A plain re-export file.
 */

export { startFakeNgrokApi } from './fake-ngrok-api.js';
export type { FakeAgentEndpointSeed, FakeCall, FakeFaults, FakeNgrokApi, FakeNgrokApiOptions, FakeState, FaultMatch } from './fake-ngrok-api.js';
export { clientCertificate, describeOutcome, fleet, inRanges, ipAddress, ipInside, ipOutside, jwtDescription, loginSession, ngrokFiles, requests, tlsVersion } from './arbitraries.js';
export { formatTrace } from '../sim/report.js';
export type { Fleet, IpVersions, NgrokFiles, RequestShape } from './arbitraries.js';
export type { ClientCertificate, JwtDescription, LoginSession, Outcome, SimRequest, SimResult, TlsVersionName } from '../sim/types.js';
export type { OutcomeClass } from '../sim/outcome.js';
export type { Endpoint, Ref, ReservedAddr, ReservedDomain } from '../apply/types.js';
export type { CloudEndpointCreate } from '../ngrok/types.js';
