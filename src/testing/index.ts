/**
 * `traffic-policy-compiler/testing`: helpers for testing code that uses tpc or ngrok.
 * A plain re-export file.
 */

export { startFakeNgrokApi } from './fake-ngrok-api.js';
export type { FakeAgentEndpointSeed, FakeCall, FakeFaults, FakeNgrokApi, FakeNgrokApiOptions, FakeState, FaultMatch } from './fake-ngrok-api.js';
