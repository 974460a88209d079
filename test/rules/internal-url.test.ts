import rule from '../../src/rules/internal-url.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ep = (lines: string) => `version: 3\nendpoints:\n  - name: api\n${lines}    upstream:\n      url: 8080\n`;

ruleTester(rule, {
  valid: [
    { name: 'inferred internal binding', filename: 'ngrok.yml', code: ep('    url: https://rest-api.internal\n') },
    { name: 'explicit internal binding', filename: 'ngrok.yml', code: ep('    url: https://rest-api.internal\n    bindings: [internal]\n') },
    { name: 'internal http on any port', filename: 'ngrok.yml', code: ep('    url: http://rest-api.internal:8080\n') },
    { name: 'internal tcp with port', filename: 'ngrok.yml', code: ep('    url: tcp://patient-db.internal:5432\n') },
    { name: 'internal tls without port', filename: 'ngrok.yml', code: ep('    url: tls://patient-db.internal\n') },
    { name: 'five labels', filename: 'ngrok.yml', code: ep('    url: https://a.b.c.d.internal\n') },
    { name: 'wildcard internal host', filename: 'ngrok.yml', code: ep('    url: "https://*.clinic-a.internal"\n') },
    { name: 'public endpoints are not this rule’s', filename: 'ngrok.yml', code: ep('    url: https://clinic.example.com\n    bindings: [public]\n') },
    { name: 'kubernetes endpoints are not this rule’s', filename: 'ngrok.yml', code: ep('    url: http://api.clinic\n    bindings: [kubernetes]\n') },
    { name: 'internal cloud endpoint', filename: 'cloud.yaml', code: `url: https://billing.internal\ntype: cloud\nbindings: [internal]\ntraffic_policy: "on_http_request: []"\n` },
    { name: 'a tunnel without url', filename: 'ngrok.yml', code: `version: 3\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n` },
  ],
  invalid: [
    {
      name: 'internal binding on a public host',
      filename: 'ngrok.yml',
      code: ep('    url: https://api.clinic.example.com\n    bindings: [internal]\n'),
      errors: [{ messageId: 'notInternalHost', data: { url: 'https://api.clinic.example.com', host: 'api.clinic.example.com' }, line: 4, column: 10 }],
    },
    {
      name: 'internal binding without url',
      filename: 'ngrok.yml',
      code: ep('    bindings: [internal]\n'),
      errors: [{ messageId: 'internalNeedsHost', data: { name: 'api' }, line: 4, column: 16 }],
    },
    {
      name: 'internal binding with a scheme-only url',
      filename: 'ngrok.yml',
      code: ep('    url: https://\n    bindings: [internal]\n'),
      errors: [{ messageId: 'internalNeedsHost', line: 4, column: 10 }],
    },
    {
      name: '.internal host with the public binding',
      filename: 'ngrok.yml',
      code: ep('    url: https://rest-api.internal\n    bindings:\n      - public\n'),
      errors: [{ messageId: 'internalHostOtherBinding', data: { url: 'https://rest-api.internal', binding: 'public' }, line: 6, column: 9 }],
    },
    {
      name: 'cloud endpoint: .internal with public binding',
      filename: 'cloud.yaml',
      code: `url: https://billing.internal\ntype: cloud\nbindings: [public]\ntraffic_policy: "on_http_request: []"\n`,
      errors: [{ messageId: 'internalHostOtherBinding', line: 3, column: 12 }],
    },
    {
      name: 'seven labels',
      filename: 'ngrok.yml',
      code: ep('    url: https://a.b.c.d.e.f.internal\n'),
      errors: [{ messageId: 'tooManyLabels', data: { host: 'a.b.c.d.e.f.internal', count: 7 }, line: 4, column: 10, severity: 'error' }],
    },
    {
      name: 'six labels: the docs disagree, a warning',
      filename: 'ngrok.yml',
      code: ep('    url: https://a.b.c.d.e.internal\n'),
      errors: [{ messageId: 'sixLabels', data: { host: 'a.b.c.d.e.internal' }, line: 4, column: 10, severity: 'warning' }],
    },
    {
      name: 'internal tcp without port: a warning',
      filename: 'ngrok.yml',
      code: ep('    url: tcp://patient-db.internal\n'),
      errors: [{ messageId: 'tcpNoPort', data: { url: 'tcp://patient-db.internal' }, line: 4, column: 10, severity: 'warning' }],
    },
  ],
});
