/**
 * The simulator and what is built on it: `simulate` (ngrok's Traffic Policy engine on a
 * described request), `decide` (the `.tpc` language's meaning), test blocks and expectations
 * files, coverage, the access matrix, and printers. A plain re-export file.
 */

export * from './access-diff.js';
export { disagreement } from './agree.js';
export { decide, prepareDecider } from './decide.js';
export type { DecideOptions, Decider, Decision } from './decide.js';
export { expectationsSuite, isExpectationsValue, parseExpectations } from './expectations.js';
export type { ExpectationsFileRef, ExpectationsSuite, ParsedExpectations } from './expectations.js';
export { accessMatrix, formatMatrix } from './matrix.js';
export type { MatrixCell, MatrixRow, SiteMatrix } from './matrix.js';
export { SimMessages } from './messages.js';
export { describeOutcome, outcomeClass, outcomeStatus, sameOutcome } from './outcome.js';
export type { OutcomeClass } from './outcome.js';
export { coverageLines, formatTestJson, formatTestJunit, formatTestText, formatTrace, traceLines } from './report.js';
export { checkExpectation, coverage, runTests } from './runner.js';
export type { Expected, PolicyCoverage, TestCase, TestResult, TestRun, Unexercised } from './runner.js';
export { MAX_HOPS, indexWorld, prepare, simulate, simulatePrepared } from './simulate.js';
export type { SimulateOptions, Simulator } from './simulate.js';
export { addressIn, addressOutside, credentialFor, tpcTests } from './tpc-tests.js';
export type { ProgramNames, TpcTestSuite } from './tpc-tests.js';
export type * from './types.js';
export { worldFromCompile, worldFromWorkspace } from './world.js';
export type { CompiledWorld } from './world.js';
