import rule from '../../src/rules/endpoint-url.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ep = (lines: string) => `version: 3\nendpoints:\n  - name: web\n${lines}    upstream:\n      url: 8080\n`;
const url = (u: string) => ep(`    url: ${u}\n`);

ruleTester(rule, {
  valid: [
    ...[
      'https://clinic.example.com',
      'https://clinic.example.com:443',
      'http://clinic.example.com',
      'http://clinic.example.com:80',
      'tls://clinic.example.com:443',
      'tcp://1.tcp.ngrok.io:12345',
      'tcp://',
      'https://',
      'clinic.ngrok.app',
      '"https://*.clinic.example.com"',
      'http://rest-api.internal:8080',
      'tls://patient-db.internal:9443',
      '"https://[2001:db8::1]:443"',
    ].map((u) => ({ name: u, filename: 'ngrok.yml', code: url(u) })),
    { name: 'no url (random https)', filename: 'ngrok.yml', code: ep('') },
    { name: 'kubernetes http', filename: 'ngrok.yml', code: ep('    url: http://api.clinic\n    bindings: [kubernetes]\n') },
    { name: 'kubernetes tcp with port', filename: 'ngrok.yml', code: ep('    url: tcp://db.clinic:5432\n    bindings: [kubernetes]\n') },
    { name: 'cloud endpoint', filename: 'cloud.yaml', code: `url: https://clinic.example.com\ntype: cloud\ntraffic_policy: "on_http_request: []"\n` },
    { name: 'tunnels are not judged by url', filename: 'ngrok.yml', code: `version: 3\ntunnels:\n  db:\n    proto: tcp\n    addr: 5432\n` },
  ],
  invalid: [
    {
      name: 'trailing slash, fixed',
      filename: 'ngrok.yml',
      code: url('https://clinic.example.com/'),
      errors: [{ messageId: 'trailingSlash', data: { url: 'https://clinic.example.com/' }, line: 4, column: 10 }],
      output: url('https://clinic.example.com'),
    },
    {
      name: 'trailing slash in quotes, fixed',
      filename: 'ngrok.yml',
      code: url('"https://clinic.example.com/"'),
      errors: [{ messageId: 'trailingSlash', line: 4, column: 10 }],
      output: url('"https://clinic.example.com"'),
    },
    {
      name: 'a path',
      filename: 'ngrok.yml',
      code: url('https://clinic.example.com/api'),
      errors: [{ messageId: 'urlPart', data: { url: 'https://clinic.example.com/api', part: 'path' }, line: 4, column: 10 }],
    },
    {
      name: 'a query and user info',
      filename: 'ngrok.yml',
      code: url('https://me@clinic.example.com?x=1'),
      errors: [
        { messageId: 'urlPart', data: { url: 'https://me@clinic.example.com?x=1', part: 'query' }, line: 4, column: 10 },
        { messageId: 'urlPart', data: { url: 'https://me@clinic.example.com?x=1', part: 'user name' }, line: 4, column: 10 },
      ],
    },
    {
      name: 'unsupported scheme',
      filename: 'ngrok.yml',
      code: url('udp://clinic.example.com:53'),
      errors: [{ messageId: 'unsupportedScheme', data: { url: 'udp://clinic.example.com:53', scheme: 'udp' }, line: 4, column: 10 }],
    },
    {
      name: 'bad port',
      filename: 'ngrok.yml',
      code: url('tcp://1.tcp.ngrok.io:70000'),
      errors: [{ messageId: 'badPort', data: { url: 'tcp://1.tcp.ngrok.io:70000', port: '70000' }, line: 4, column: 10 }],
    },
    {
      name: 'non-numeric port',
      filename: 'ngrok.yml',
      code: url('https://clinic.example.com:https'),
      errors: [{ messageId: 'badPort', data: { port: 'https', url: 'https://clinic.example.com:https' }, line: 4, column: 10 }],
    },
    {
      name: 'a stray quote (published in ngrok docs)',
      filename: 'ngrok.yml',
      code: url('tls://app.example.com"'),
      errors: [{ messageId: 'badHost', data: { url: 'tls://app.example.com"', host: 'app.example.com"' }, line: 4, column: 10 }],
    },
    {
      name: 'a space in the host',
      filename: 'ngrok.yml',
      code: url('"https://clinic example.com"'),
      errors: [{ messageId: 'badHost', line: 4, column: 10 }],
    },
    {
      name: 'public https on 8443',
      filename: 'ngrok.yml',
      code: url('https://clinic.example.com:8443'),
      errors: [{ messageId: 'publicPort', data: { url: 'https://clinic.example.com:8443', scheme: 'https', port: 8443, expected: 443 }, line: 4, column: 10 }],
    },
    {
      name: 'public http on 8080',
      filename: 'ngrok.yml',
      code: url('http://clinic.example.com:8080'),
      errors: [{ messageId: 'publicPort', data: { url: 'http://clinic.example.com:8080', scheme: 'http', port: 8080, expected: 80 }, line: 4, column: 10 }],
    },
    {
      name: 'public tls on 8443 (cloud endpoint)',
      filename: 'cloud.yaml',
      code: `url: tls://db.clinic.example.com:8443\ntype: cloud\ntraffic_policy: "on_tcp_connect: []"\n`,
      errors: [{ messageId: 'publicPort', data: { url: 'tls://db.clinic.example.com:8443', scheme: 'tls', port: 8443, expected: 443 }, line: 1, column: 6 }],
    },
    {
      name: 'public tcp without a port',
      filename: 'ngrok.yml',
      code: url('tcp://1.tcp.ngrok.io'),
      errors: [{ messageId: 'publicTcpNoPort', data: { url: 'tcp://1.tcp.ngrok.io' }, line: 4, column: 10 }],
    },
    {
      name: 'wildcard not first',
      filename: 'ngrok.yml',
      code: url('"https://app.*.example.com"'),
      errors: [{ messageId: 'wildcardPosition', line: 4, column: 10 }],
    },
    {
      name: 'wildcard glued to a label',
      filename: 'ngrok.yml',
      code: url('"https://*-app.example.com"'),
      errors: [{ messageId: 'wildcardPosition', line: 4, column: 10 }],
    },
    {
      name: 'kubernetes https',
      filename: 'ngrok.yml',
      code: ep('    url: https://api.clinic\n    bindings: [kubernetes]\n'),
      errors: [{ messageId: 'kubernetesScheme', data: { url: 'https://api.clinic', scheme: 'https' }, line: 4, column: 10, severity: 'error' }],
    },
    {
      name: 'kubernetes tls: disputed, a warning',
      filename: 'ngrok.yml',
      code: ep('    url: tls://api.clinic:443\n    bindings: [kubernetes]\n'),
      errors: [{ messageId: 'kubernetesScheme', data: { url: 'tls://api.clinic:443', scheme: 'tls' }, line: 4, column: 10, severity: 'warning' }],
    },
    {
      name: 'kubernetes one-label host',
      filename: 'ngrok.yml',
      code: ep('    url: http://api\n    bindings: [kubernetes]\n'),
      errors: [{ messageId: 'kubernetesHost', line: 4, column: 10, severity: 'error' }],
    },
    {
      name: 'kubernetes three-label host: ngrok’s own guides do it, a warning',
      filename: 'ngrok.yml',
      code: ep('    url: http://controller.example.com\n    bindings: [kubernetes]\n'),
      errors: [{ messageId: 'kubernetesHost', line: 4, column: 10, severity: 'warning' }],
    },
    {
      name: 'kubernetes wildcard and tcp without port',
      filename: 'ngrok.yml',
      code: ep('    url: "tcp://*.clinic"\n    bindings: [kubernetes]\n'),
      errors: [
        { messageId: 'kubernetesHost', line: 4, column: 10, severity: 'error' },
        { messageId: 'kubernetesTcpNoPort', line: 4, column: 10 },
      ],
    },
  ],
});
