import rule from '../../src/rules/endpoint-protocol.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ep = (body: string) => `version: 3\nendpoints:\n  - name: db\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'tls endpoint with agent termination', filename: 'ngrok.yml', code: ep('    url: tls://db.clinic.example.com\n    upstream: { url: 5432 }\n    agent_tls_termination:\n      server_certificate: /etc/certs/db.crt\n      server_private_key: /etc/certs/db.key\n') },
    { name: 'tcp endpoint with tcp upstream', filename: 'ngrok.yml', code: ep('    url: tcp://patient-db.internal:5432\n    upstream: { url: "tcp://192.168.1.10:5432" }\n') },
    { name: 'tls endpoint with tls upstream', filename: 'ngrok.yml', code: ep('    url: tls://db.clinic.example.com\n    upstream: { url: "tls://localhost:443" }\n') },
    { name: 'https endpoint with file upstream', filename: 'ngrok.yml', code: ep('    url: https://files.clinic.example.com\n    upstream: { url: "file:///var/log" }\n') },
    { name: 'https endpoint with http2 upstream', filename: 'ngrok.yml', code: ep('    url: https://api.clinic.example.com\n    upstream: { url: 8080, protocol: http2 }\n') },
    { name: 'no url, port upstream', filename: 'ngrok.yml', code: ep('    upstream: { url: 8080 }\n') },
    { name: 'tunnels are left to deprecated-format', filename: 'ngrok.yml', code: `version: 3\ntunnels:\n  db:\n    proto: http\n    addr: "tcp://localhost:5432"\n` },
  ],
  invalid: [
    {
      name: 'agent_tls_termination on https',
      filename: 'ngrok.yml',
      code: ep('    url: https://db.clinic.example.com\n    upstream: { url: 5432 }\n    agent_tls_termination:\n      server_certificate: /etc/certs/db.crt\n'),
      errors: [{ messageId: 'tlsTerminationNotTls', data: { url: 'https://db.clinic.example.com', scheme: 'https' }, line: 6, column: 5 }],
    },
    {
      name: 'agent_tls_termination without url (https)',
      filename: 'ngrok.yml',
      code: ep('    upstream: { url: 5432 }\n    agent_tls_termination: { server_certificate: /etc/certs/db.crt }\n'),
      errors: [{ messageId: 'tlsTerminationNotTls', data: { url: 'db', scheme: 'https' }, line: 5, column: 5 }],
    },
    {
      name: 'no url but a tcp upstream',
      filename: 'ngrok.yml',
      code: ep('    upstream:\n      url: tcp://192.168.1.10:5432\n'),
      errors: [{ messageId: 'noUrlStreamUpstream', data: { name: 'db', upstream: 'tcp://192.168.1.10:5432', scheme: 'tcp' }, line: 5, column: 12, severity: 'error' }],
    },
    {
      name: 'https url with a tcp upstream',
      filename: 'ngrok.yml',
      code: ep('    url: https://db.clinic.example.com\n    upstream:\n      url: tcp://192.168.1.10:5432\n'),
      errors: [{ messageId: 'httpEndpointStreamUpstream', data: { url: 'https://db.clinic.example.com', upstream: 'tcp://192.168.1.10:5432', scheme: 'tcp' }, line: 6, column: 12 }],
    },
    {
      name: 'https url with a tls upstream: a warning',
      filename: 'ngrok.yml',
      code: ep('    url: https://db.clinic.example.com\n    upstream:\n      url: tls://localhost:443\n'),
      errors: [{ messageId: 'httpEndpointStreamUpstream', line: 6, column: 12, severity: 'warning' }],
    },
    {
      name: 'file upstream and upstream.protocol on tcp',
      filename: 'ngrok.yml',
      code: ep('    url: tcp://1.tcp.ngrok.io:12345\n    upstream:\n      url: file:///var/log\n      protocol: http2\n'),
      errors: [
        { messageId: 'httpOnlyUpstream', data: { what: 'A file:// upstream', url: 'tcp://1.tcp.ngrok.io:12345', scheme: 'tcp' }, line: 6, column: 12 },
        { messageId: 'httpOnlyUpstream', data: { what: "The upstream 'protocol' setting", url: 'tcp://1.tcp.ngrok.io:12345', scheme: 'tcp' }, line: 7, column: 7 },
      ],
    },
  ],
});
