/**
 * `tpc import`: hand-written ngrok files → a `.tpc` draft and a report of what it could not express.
 */

export { importNgrok } from './import.js';
export type { ImportFile, ImportOptions, ImportResult, UnsupportedItem } from './import.js';
export { ImportMessages } from './messages.js';
