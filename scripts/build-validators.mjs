// Compiles schemas/*.schema.json with ajv (draft 2020-12) into ONE standalone ESM module,
// src/ngrok/validators.generated.js, so the CLI never compiles schemas at run time.
//
//   node scripts/build-validators.mjs          write the module
//   node scripts/build-validators.mjs --check  exit 1 when the committed module is stale
//
// The module exports validateTrafficPolicy, validateAgentConfig, validateCloudEndpoint, the
// custom formats (tpcFormats) and a few facts read from the schemas (schemaHints) that
// src/ngrok/schema.ts uses to word its messages. A test regenerates the module in memory and
// fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ipaddr from 'ipaddr.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const root = fileURLToPath(new URL('..', import.meta.url));

export const OUTPUT = 'src/ngrok/validators.generated.js';
export const SCHEMAS = {
  validateTrafficPolicy: 'schemas/traffic-policy.schema.json',
  validateAgentConfig: 'schemas/agent-config.schema.json',
  validateCloudEndpoint: 'schemas/cloud-endpoint.schema.json',
};

/**
 * The custom formats, as source text: it is emitted verbatim into the generated module, and
 * evaluated here so ajv knows the formats. (Kept as text so the output does not depend on how
 * this script is loaded: test runners transform functions, which would change toString().)
 *
 * Every format accepts a value containing `${`: most string fields may be CEL-interpolated, and
 * the interpolated result is only known at run time.
 */
const FORMATS_SOURCE = String.raw`(ipaddr) => {
  const INTERPOLATED = /\$\{/;
  // What an attempted IP/CIDR literal looks like. Anything else (YOUR_IP, <your ips>, $TRUSTED_IP/32)
  // is a placeholder: it is left to the placeholder and cidr lint rules, not reported here.
  const IP_LIKE = /^[0-9A-Fa-f:.]+(\/[0-9]*)?$/;
  const isIp = (s) => ipaddr.IPv4.isValidFourPartDecimal(s) || (s.includes(':') && ipaddr.IPv6.isValid(s));
  // Memoised: a fleet's policies repeat the same ranges thousands of times.
  const cidrSeen = new Map();
  const cidrOrIp = (s) => {
    let v = cidrSeen.get(s);
    if (v === undefined) {
      v = cidrOrIpOf(s);
      if (cidrSeen.size > 10000) cidrSeen.clear();
      cidrSeen.set(s, v);
    }
    return v;
  };
  const cidrOrIpOf = (s) => {
    if (INTERPOLATED.test(s) || !IP_LIKE.test(s)) return true;
    const slash = s.indexOf('/');
    if (slash < 0) return isIp(s);
    const addr = s.slice(0, slash);
    const bits = s.slice(slash + 1);
    if (!/^[0-9]{1,3}$/.test(bits) || !isIp(addr)) return false;
    return Number(bits) <= (addr.includes(':') ? 128 : 32);
  };
  const UNIT_NS = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  // Go duration -> nanoseconds, or undefined when it is not one (the schema's pattern reports that).
  const durationNs = (s) => {
    if (s === '0') return 0;
    const re = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|μs|ms|s|m|h)/gy;
    let total = 0;
    let end = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      total += Number(m[1]) * UNIT_NS[m[2]];
      end = re.lastIndex;
    }
    return end === s.length && end > 0 ? Math.round(total) : undefined;
  };
  const durationRange = (minNs, maxNs, stepNs) => (s) => {
    if (INTERPOLATED.test(s)) return true;
    const ns = durationNs(s);
    if (ns === undefined) return true;
    return ns >= minNs && ns <= maxNs && (!stepNs || ns % stepNs === 0);
  };
  return {
    'cidr-or-ip': cidrOrIp,
    'duration-1s-2m': durationRange(1e9, 120e9),
    'duration-1s-30s': durationRange(1e9, 30e9),
    'rate-limit-window': durationRange(60e9, 86400e9, 10e9),
  };
}`;

function createFormats(ipaddrLib) {
  return new Function(`return ${FORMATS_SOURCE};`)()(ipaddrLib);
}

function readSchema(rel) {
  return JSON.parse(readFileSync(`${root}${rel}`, 'utf8'));
}

/** Facts read from the schemas, for readable messages (nearest action type, config keys). */
function schemaHints(schemas) {
  const tp = schemas.validateTrafficPolicy;
  const defs = tp.$defs;
  const actionTypes = defs.action.properties.type.enum;
  const actionConfigKeys = {};
  for (const branch of defs.action.allOf) {
    const cond = branch.if.properties.type;
    const types = cond.const !== undefined ? [cond.const] : cond.enum;
    const ref = branch.then.properties.config.$ref.replace('#/$defs/', '');
    for (const t of types) actionConfigKeys[t] = Object.keys(defs[ref].properties ?? {});
  }
  for (const t of actionTypes) {
    if (!actionConfigKeys[t]) throw new Error(`action type ${t} has no config branch`);
  }
  const ac = schemas.validateAgentConfig.$defs;
  return {
    phases: Object.keys(tp.properties),
    actionTypes,
    actionConfigKeys,
    agentKeys: Object.keys(ac.agent.properties),
    endpointKeys: Object.keys(ac.endpoint.properties),
    v2TopLevelKeys: Object.keys(ac.v2.properties),
  };
}

/** Builds the text of the generated module. Pure: reads the schemas, writes nothing. */
export function generateValidatorsSource() {
  const schemas = Object.fromEntries(Object.entries(SCHEMAS).map(([name, rel]) => [name, readSchema(rel)]));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true, esm: true, lines: true, formats: _`tpcFormats` },
  });
  for (const [name, fn] of Object.entries(createFormats(ipaddr))) ajv.addFormat(name, fn);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const refs = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema.$id]));
  const code = standaloneCode(ajv, refs).replace(/^"use strict";\n?/, '');

  return [
    '// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`',
    '// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.',
    '/* eslint-disable */',
    "import { createRequire } from 'node:module';",
    "import ipaddr from 'ipaddr.js';",
    '// ajv standalone code still calls require() for its small runtime helpers.',
    'const require = createRequire(import.meta.url);',
    '',
    `export const tpcFormats = (${FORMATS_SOURCE})(ipaddr);`,
    '',
    `export const schemaHints = ${JSON.stringify(schemaHints(schemas), null, 2)};`,
    '',
    code.trimEnd(),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateValidatorsSource();
  const target = `${root}${OUTPUT}`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== source) {
      console.error(`${OUTPUT} is stale; run node scripts/build-validators.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, source);
    console.log(`wrote ${OUTPUT} (${source.length} bytes)`);
  }
}
