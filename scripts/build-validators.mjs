// Compiles schemas/*.schema.json with ajv (draft 2020-12) into standalone ESM modules, one per
// document kind, so the CLI never compiles schemas at run time and linting a Traffic Policy
// loads only the Traffic Policy validator:
//
//   src/ngrok/validators.generated.js                 validateTrafficPolicy, the custom formats
//                                                     (tpcFormats), facts read from the schemas
//                                                     (schemaHints) for src/ngrok/schema-issues.ts
//   src/ngrok/validators-agent-config.generated.js    validateAgentConfig
//   src/ngrok/validators-cloud-endpoint.generated.js  validateCloudEndpoint
//
// Agent configs and cloud endpoints embed policies, so their modules import the Traffic Policy
// validator (and whatever else ajv shares between the schemas) from the first module rather
// than carrying a copy: ajv compiles the three schemas together, and its code is cut where each
// validator's own code starts.
//
//   node scripts/build-validators.mjs          write the modules
//   node scripts/build-validators.mjs --check  exit 1 when a committed module is stale
//
// A test regenerates the modules in memory and fails when a committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ipaddr from 'ipaddr.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The main module (Traffic Policy validator, formats, hints). */
export const OUTPUT = 'src/ngrok/validators.generated.js';
/** Every generated module, by the export it exists for. */
export const OUTPUTS = {
  validateTrafficPolicy: OUTPUT,
  validateAgentConfig: 'src/ngrok/validators-agent-config.generated.js',
  validateCloudEndpoint: 'src/ngrok/validators-cloud-endpoint.generated.js',
};
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

const BANNER = [
  '// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`',
  '// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.',
  '/* eslint-disable */',
];

/**
 * Load-time tweaks of ajv's standalone code (same validators, cheaper to load):
 * - ajv's small runtime helpers (`require("ajv/dist/runtime/equal").default`) become ES
 *   imports, so the CLI bundle contains them instead of loading CommonJS files at start-up;
 * - the schema objects ajv puts in its errors (`const schemaN = {…};`, plain JSON) are
 *   written as `JSON.parse('…')`, which V8 reads much faster than object literals.
 * Returns the import lines and the rewritten code.
 */
function forLoading(code, lengthHelper) {
  const imports = [];
  const out = code
    .replace(/^const (func\d+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;$/gm, (_, name, path) => {
      imports.push(`import ${name}Module from '${path}.js';`);
      // Node gives a CommonJS module's exports object as the default import (the helper is its
      // `default`); bundlers and test runners that honour `__esModule` give the helper itself.
      return `const ${name} = ${name}Module.default ?? ${name}Module;`;
    })
    .replace(/^const (schema\d+) = (\{.*\});$/gm, (_, name, literal) => {
      JSON.parse(literal); // ajv writes schemas as JSON; anything else would fail here
      return `const ${name} = JSON.parse(${JSON.stringify(literal).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')});`;
    });
  if (out.includes('require(')) throw new Error('build-validators: ajv code still calls require(); extend forLoading()');
  return { imports, code: dropScratchErrors(lengthChecks(out, lengthHelper)) };
}

/**
 * Inside the conditions of `if`, `not` and the like, ajv records each failure as an empty error
 * object (`const errN = {};` pushed onto `vErrors`) only to count it: right after the condition it
 * restores `errors` and cuts `vErrors` back to its length before. Counting is enough, so the
 * object and the push go. An action is validated against an `if` per action type, so the fleet's
 * 4,000 forward actions allocated ~30 such objects each (16 MB, most of the validator's time).
 * Outside those conditions every `errors++` comes with a push, so `vErrors` always has as many
 * entries as `errors` counts there, and cutting it back finds it already that long.
 */
function dropScratchErrors(code) {
  const scratch = /const (err\d+) = \{\};\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\nerrors\+\+;/g;
  const out = code.replace(scratch, 'errors++;');
  if (/const err\d+ = \{\};/.test(out)) throw new Error('build-validators: an empty error object in an unknown form; extend dropScratchErrors()');
  return out;
}

/**
 * `minLength`/`maxLength` count code points, so ajv calls its `ucs2length` helper, a loop over
 * every character, even to tell an empty string from a non-empty one. A string's code points
 * number between half its UTF-16 length and its length, so most checks are decided by
 * `.length` alone and the helper runs only when they are not: `minLength: 1` is `length < 1`;
 * `maxLength: n` needs the count only when `length > n`; `minLength: m` only when `length` is
 * between `m` and `2m`. (Validating the cloud endpoints of 1,000 clinics counted ~8 MB of
 * characters, each endpoint's whole `traffic_policy` string, to learn that it was not empty.)
 */
function lengthChecks(out, helper) {
  if (!helper) return out;
  const call = new RegExp(`\\b${helper}\\((\\w+)\\) ([<>]) (\\d+)\\)`, 'g');
  const rewritten = out.replace(call, (_, v, op, n) => {
    const k = Number(n);
    if (op === '>') return `(${v}.length > ${k} && ${helper}(${v}) > ${k}))`;
    if (k <= 1) return `${v}.length < ${k})`;
    return `(${v}.length < ${k} || (${v}.length < ${2 * k} && ${helper}(${v}) < ${k})))`;
  });
  if (new RegExp(`\\b${helper}\\((?!\\w+\\) > |\\w+\\) < )`).test(rewritten.replace(/^const .*$/gm, ''))) throw new Error('build-validators: a ucs2length call of an unknown form; extend lengthChecks()');
  return rewritten;
}

/**
 * Module-level names a piece of ajv's code declares. ajv names module-level values by kind and
 * number (`schema31`, `pattern8`, `func1`, `formats0`, `validate20`); names inside validate
 * functions (`data0`, `_errs1`, `i2`, …) never take these forms, even though ajv does not indent.
 */
function declared(code) {
  return new Set([...code.matchAll(/^(?:const|function)\s+((?:schema|pattern|func|formats|validate)\d+)\b/gm)].map((m) => m[1]));
}

/**
 * Builds the text of every generated module, by path. Pure: reads the schemas, writes nothing.
 * @returns {Record<string, string>}
 */
export function generateValidatorModules() {
  const schemas = Object.fromEntries(Object.entries(SCHEMAS).map(([name, rel]) => [name, readSchema(rel)]));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    // One function per $defs entry instead of inlining them into their users: V8 compiles a
    // function when it first runs, so validating a policy compiles only the action types it
    // uses, not one function holding all of them (validation itself is as fast).
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: _`tpcFormats` },
  });
  for (const [name, fn] of Object.entries(createFormats(ipaddr))) ajv.addFormat(name, fn);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const refs = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema.$id]));
  const code = standaloneCode(ajv, refs).replace(/^"use strict";\n?/, '');

  // ajv emits each validator as `export const <name> = validateN;` followed by the code not
  // emitted before it; cut there.
  const names = Object.keys(SCHEMAS);
  const starts = names.map((name) => {
    const at = code.indexOf(`export const ${name} = `);
    if (at < 0 || (at > 0 && code[at - 1] !== '\n')) throw new Error(`build-validators: no export of ${name} in ajv's output`);
    return at;
  });
  if (starts[0] !== 0 || starts.some((at, i) => i > 0 && at <= starts[i - 1])) throw new Error("build-validators: ajv's output is not in schema order");
  const sections = starts.map((at, i) => code.slice(at, starts[i + 1] ?? code.length).trimEnd());

  // Each kind must load only its own module and the first (which also holds the formats). A
  // constant that one later section declares and another uses (a shared regular expression)
  // moves to the first module; anything else shared between later sections is an error.
  const uses = (section, name) => new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}($|[^\\w$])`).test(section);
  const hoisted = [];
  for (let j = 1; j < sections.length; j++) {
    for (const name of declared(sections[j])) {
      if (!sections.some((other, i) => i > 0 && i !== j && !declared(other).has(name) && uses(other, name))) continue;
      const line = new RegExp(`^const ${name.replace(/\$/g, '\\$')} = [^\\n]*;$`, 'm').exec(sections[j]);
      const deps = line ? [...declared(sections[j])].filter((n) => n !== name && uses(line[0].slice(line[0].indexOf('=')), n)) : [];
      if (!line || deps.length > 0) throw new Error(`build-validators: ${name} of ${names[j]} is used by another kind and is not a plain constant`);
      hoisted.push(line[0]);
      sections[j] = sections[j].replace(`${line[0]}\n`, '');
    }
  }
  const first = declared(sections[0]);
  for (const line of hoisted) first.add(/^const ([A-Za-z_$][\w$]*)/.exec(line)[1]);
  first.add('tpcFormats');
  const shared = new Set();
  const imports = sections.map((section, i) => {
    if (i === 0) return [];
    const mine = declared(section);
    const used = [...new Set(section.match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((n) => first.has(n) && !mine.has(n)).sort();
    for (const n of used) shared.add(n);
    return used;
  });

  sections[0] = memoiseActionValidator(sections[0]);
  const modules = {};
  // ajv's code-point counter, declared once (in the first section) and imported by the others.
  const lengthHelper = /^const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;$/m.exec(code)?.[1];
  const main = forLoading(sections[0], lengthHelper);
  modules[OUTPUTS[names[0]]] = [
    ...BANNER,
    "import ipaddr from 'ipaddr.js';",
    "import { isImmutable } from './immutable.js';",
    ...main.imports,
    '',
    `export const tpcFormats = (${FORMATS_SOURCE})(ipaddr);`,
    '',
    `export const schemaHints = ${JSON.stringify(schemaHints(schemas), null, 2)};`,
    '',
    main.code,
    '',
    ...(hoisted.length ? ['// Shared by the agent-config and cloud-endpoint validators.', ...hoisted, ''] : []),
    '// Used by the other validator modules.',
    `export { ${[...shared].sort().join(', ')} };`,
    '',
  ].join('\n');
  for (let i = 1; i < sections.length; i++) {
    const own = forLoading(sections[i], lengthHelper);
    modules[OUTPUTS[names[i]]] = [
      ...BANNER,
      `import { ${imports[i].join(', ')} } from './validators.generated.js';`,
      ...own.imports,
      '',
      own.code,
      '',
    ].join('\n');
  }
  return modules;
}

/**
 * Wraps the validators of one Traffic Policy action (`#/$defs/action`) and of one rule
 * (`#/$defs/rule`) so that an immutable value (src/ngrok/immutable.ts: deeply frozen, registered by
 * its creator) that passed once is not validated again: a compiled fleet repeats the same frozen
 * actions and rules in every site. A verdict depends only on the value itself (the generated code
 * reads no dynamic anchors and no root data), and only successes are remembered, so error reports
 * are unchanged.
 */
function memoiseActionValidator(section) {
  if (/dynamicAnchors\[/.test(section)) throw new Error('build-validators: a validator reads dynamic anchors; a verdict may depend on context');
  const calls = new Set([...section.matchAll(/(validate\d+)\(data\d+\[i\d+\], \{instancePath:instancePath\+"\/actions\/" \+ i\d+/g)].map((mm) => mm[1]));
  if (calls.size !== 1) throw new Error(`build-validators: expected one action validator, found ${[...calls].join(', ') || 'none'}`);
  const [action] = calls;
  // The rule validator: the one called for each item of a phase list whose body validates `actions` items.
  const ruleCalls = new Set([...section.matchAll(/(validate\d+)\(data\[i\d+\], \{instancePath:instancePath\+"\/" \+ i\d+/g)].map((mm) => mm[1]));
  const rules = [...ruleCalls].filter((name) => {
    const at = section.indexOf(`function ${name}(data, {`);
    const next = section.indexOf('\nfunction ', at + 1);
    return at >= 0 && section.slice(at, next < 0 ? undefined : next).includes(`${action}(data`);
  });
  if (rules.length !== 1) throw new Error(`build-validators: expected one rule validator, found ${rules.join(', ') || 'none'}`);
  return memoised(memoised(section, action), rules[0]);
}

function memoised(section, name) {
  const head = `function ${name}(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){`;
  if (!section.includes(head)) throw new Error(`build-validators: cannot find the definition of ${name}`);
  const wrapper = [
    `const ${name}$valid = new WeakSet();`,
    `function ${name}(data, options){`,
    `if(${name}$valid.has(data)){`,
    `${name}.errors = null;`,
    `return true;`,
    `}`,
    `const valid = ${name}$checked(data, options);`,
    `if(valid && isImmutable(data)){`,
    `${name}$valid.add(data);`,
    `}`,
    `return valid;`,
    `}`,
  ].join('\n');
  return section.replace(head, `${wrapper}\nfunction ${name}$checked(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){`);
}

/** The text of the main generated module (see {@link generateValidatorModules}). */
export function generateValidatorsSource() {
  return generateValidatorModules()[OUTPUT];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modules = generateValidatorModules();
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [rel, source] of Object.entries(modules)) {
      let current = '';
      try {
        current = readFileSync(`${root}${rel}`, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== source) {
        console.error(`${rel} is stale; run node scripts/build-validators.mjs`);
        stale = true;
      }
    }
    if (stale) process.exit(1);
  } else {
    for (const [rel, source] of Object.entries(modules)) {
      writeFileSync(`${root}${rel}`, source);
      console.log(`wrote ${rel} (${source.length} bytes)`);
    }
  }
}
