import { describe, expect, it } from 'vitest';
import rule, { anchoredLiteral } from '../../src/rules/no-unmatchable-url-pattern.js';
import { ruleTester } from '../helpers/rule-tester.js';

const policy = (type: string, from: string, to = '/x') =>
  `on_http_request:\n  - actions:\n      - type: ${type}\n        config:\n          from: ${JSON.stringify(from)}\n          to: ${JSON.stringify(to)}\n`;

ruleTester(rule, {
  valid: [
    { name: 'unanchored path', filename: 'p.yaml', code: policy('url-rewrite', '/v1/(.*)$') },
    { name: 'anchored after the scheme and host', filename: 'p.yaml', code: policy('url-rewrite', '^(https?://[^/]+)/v1/(.*)$', '$1/$2') },
    { name: 'anchored at the scheme', filename: 'p.yaml', code: policy('redirect', '^https://old.example/(.*)', 'https://new.example/$1') },
    { name: 'anchored at part of the scheme', filename: 'p.yaml', code: policy('redirect', '^http:', 'https:') },
    { name: 'anchored with interpolation (the scheme after interpolation)', filename: 'p.yaml', code: policy('url-rewrite', '^${req.url.scheme}://${req.url.authority}/v1/', '/') },
    { name: 'a group right after the anchor', filename: 'p.yaml', code: policy('redirect', '^(?P<scheme>[a-z]+)://', 'https://') },
    { name: 'an optional first character', filename: 'p.yaml', code: policy('url-rewrite', '^/?x', '/') },
    { name: 'other actions are not judged', filename: 'p.yaml', code: `on_http_request:\n  - actions:\n      - type: custom-response\n        config: { status_code: 200, body: "^/v1" }\n` },
  ],
  invalid: [
    {
      name: 'url-rewrite anchored at the path',
      filename: 'p.yaml',
      code: policy('url-rewrite', '^/v1/(.*)$', '/$1'),
      errors: [
        {
          messageId: 'anchoredPattern',
          message: "The url-rewrite 'from' pattern starts with '^/v1/', but it is matched against the whole URL, which starts with the scheme (https://…): it never matches, so this url-rewrite does nothing.",
          line: 5,
          column: 17,
          severity: 'error',
        },
      ],
    },
    {
      name: 'redirect anchored at an escaped slash',
      filename: 'p.yaml',
      code: policy('redirect', '^\\/old', 'https://new.example/'),
      errors: [{ messageId: 'anchoredPattern', data: { type: 'redirect', literal: '/old' }, line: 5, column: 17 }],
    },
    {
      name: 'redirect anchored at a host without the scheme',
      filename: 'p.yaml',
      code: policy('redirect', '^api.clinic.example/(.*)', 'https://new.example/$1'),
      errors: [{ messageId: 'anchoredPattern', data: { type: 'redirect', literal: 'api' }, line: 5, column: 17 }],
    },
    {
      name: 'in a cloud endpoint body, at its place in the file',
      filename: 'c.yaml',
      code: `url: https://api.clinic.example\ntype: cloud\ntraffic_policy:\n  on_http_request:\n    - actions:\n        - type: url-rewrite\n          config: { from: "^/api", to: "/" }\n        - type: deny\n`,
      errors: [{ messageId: 'anchoredPattern', line: 7, column: 27 }],
    },
  ],
});

describe('anchoredLiteral', () => {
  it('reads the literal text after ^ up to the first operator', () => {
    expect(anchoredLiteral('^/v1/(.*)$')).toBe('/v1/');
    expect(anchoredLiteral('^\\/v1\\/x')).toBe('/v1/x');
    expect(anchoredLiteral('^api.example')).toBe('api');
    expect(anchoredLiteral('^https?://x')).toBe('http');
    expect(anchoredLiteral('^/?x')).toBe('');
    expect(anchoredLiteral('^\\d+')).toBe('');
    expect(anchoredLiteral('/v1')).toBeUndefined();
  });
});
