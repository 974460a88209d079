// Stands in for `node:child_process` inside commander in the CLI bundle (see
// scripts/build.mjs). Commander requires child_process when it loads, only to spawn
// executable subcommands, which tpc does not have; loading it (and the net, dgram and stream
// modules it pulls in) cost every tpc command start-up time. This forwards every use to the
// real module, loaded on first use.
'use strict';

let real;
const load = () => (real ??= require('node:child_process'));

module.exports = new Proxy(
  {},
  {
    get: (_, key) => load()[key],
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Object.getOwnPropertyDescriptor(load(), key);
      return d && { ...d, configurable: true };
    },
  },
);
