/**
 * The CEL analyzer (cel-js and the catalog) loads only when a linted workspace has something to
 * analyse. Its own file: the module state checked here must be fresh.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { celAnalysis } from '../../src/rules/lib/cel.js';

const plain = `on_http_request:\n  - actions:\n      - type: deny\n        config: { status_code: 403 }\n`;
const agent = `version: 3\nendpoints:\n  - name: api\n    url: https://api.internal\n    upstream: { url: 8080 }\n`;
const withTemplate = `on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          body: "hi \${conn.client_ip}"\n`;

describe('lazy CEL analyzer', () => {
  it('is not loaded for files without expressions, and loaded for one with an interpolation', async () => {
    const clean = await lint([{ path: 'p.yaml', text: plain }, { path: 'ngrok.yml', text: agent }], { registry: RULES });
    expect(clean.diagnostics.filter((d) => d.code.startsWith('TPC4'))).toEqual([]);
    expect(() => celAnalysis()).toThrow('the CEL analyzer is not loaded');
    const r = await lint([{ path: 'p.yaml', text: withTemplate.replace('conn.client_ip', 'conn.nope') }], { registry: RULES });
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['unknown-variable', 5]]);
    expect(typeof celAnalysis().analyzeExpression).toBe('function');
  });
});
