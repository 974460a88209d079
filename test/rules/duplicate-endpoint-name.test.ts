import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/duplicate-endpoint-name.js';
import { ruleTester } from '../helpers/rule-tester.js';

const two = (a: string, b: string) => `version: 3
endpoints:
  - name: ${a}
    url: https://a.internal
    upstream: { url: 8080 }
  - name: ${b}
    url: https://b.internal
    upstream: { url: 8081 }
`;

ruleTester(rule, {
  valid: [
    { name: 'distinct names', filename: 'ngrok.yml', code: two('api', 'dashboard') },
    { name: 'names differ by case', filename: 'ngrok.yml', code: two('api', 'API') },
    { name: 'the same name in two agent configs', files: { 'a/ngrok.yml': two('api', 'db'), 'b/ngrok.yml': two('api', 'db') } },
    { name: 'separate documents of one file are separate configs', filename: 'ngrok.yml', code: `${two('api', 'db')}---\n${two('api', 'db')}` },
  ],
  invalid: [
    {
      name: 'two endpoints named api',
      filename: 'ngrok.yml',
      code: two('api', 'api'),
      errors: [{ messageId: 'duplicateName', data: { name: 'api' }, line: 6, column: 11 }],
    },
    {
      name: 'three endpoints named api',
      filename: 'ngrok.yml',
      code: `${two('api', 'api')}  - name: api\n    url: https://c.internal\n    upstream: { url: 8082 }\n`,
      errors: [
        { messageId: 'duplicateName', data: { name: 'api' }, line: 6, column: 11 },
        { messageId: 'duplicateName', data: { name: 'api' }, line: 9, column: 11 },
      ],
    },
    {
      name: 'an endpoint named like a tunnel',
      filename: 'ngrok.yml',
      code: `version: 3\ntunnels:\n  web:\n    proto: http\n    addr: 80\nendpoints:\n  - name: web\n    upstream: { url: 8080 }\n`,
      errors: [{ messageId: 'duplicateName', data: { name: 'web' }, line: 7, column: 11 }],
    },
  ],
});

describe('duplicate-endpoint-name details', () => {
  it('points at the first use', async () => {
    const r = await lint([{ path: 'ngrok.yml', text: two('api', 'api') }], { registry: [rule] });
    expect(r.diagnostics[0]!.related).toEqual([{ message: "'api' is first used here.", file: 'ngrok.yml', range: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 11 }) }) }]);
  });
});
