import rule from '../../src/rules/agent-api-exposed.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cfg = (upstream: string, opts: { url?: string; agent?: string } = {}) => `version: 3
${opts.agent ? `agent:\n${opts.agent}` : ''}endpoints:
  - name: console
    url: ${opts.url ?? 'https://console.clinic.example.com'}
    upstream:
      url: ${upstream}
`;

ruleTester(rule, {
  valid: [
    { name: 'an application port', filename: 'ngrok.yml', code: cfg('8080') },
    { name: '4040 on another machine', filename: 'ngrok.yml', code: cfg('http://192.168.1.20:4040') },
    { name: 'web interface moved: 4040 is something else', filename: 'ngrok.yml', code: cfg('4040', { agent: '  web_addr: 127.0.0.1:4141\n' }) },
    { name: 'web interface disabled', filename: 'ngrok.yml', code: cfg('4040', { agent: '  web_addr: false\n' }) },
    { name: 'file server', filename: 'ngrok.yml', code: cfg('"file:///var/www"') },
  ],
  invalid: [
    {
      name: 'port 4040',
      filename: 'ngrok.yml',
      code: cfg('4040'),
      errors: [{ messageId: 'agentApiUpstream', data: { name: 'console', upstream: '4040', web: '127.0.0.1:4040' }, line: 6, column: 12, severity: 'error' }],
    },
    {
      name: 'http://localhost:4040',
      filename: 'ngrok.yml',
      code: cfg('http://localhost:4040'),
      errors: [{ messageId: 'agentApiUpstream', line: 6, column: 12, severity: 'error' }],
    },
    {
      name: 'the configured web_addr',
      filename: 'ngrok.yml',
      code: cfg('127.0.0.1:4141', { agent: '  web_addr: 127.0.0.1:4141\n' }),
      errors: [{ messageId: 'agentApiUpstream', data: { name: 'console', upstream: '127.0.0.1:4141', web: '127.0.0.1:4141' }, line: 8, column: 12 }],
    },
    {
      name: 'web_addr on a LAN address, upstream the same address',
      filename: 'ngrok.yml',
      code: cfg('10.0.0.5:4040', { agent: '  web_addr: 10.0.0.5:4040\n' }),
      errors: [{ messageId: 'agentApiUpstream', line: 8, column: 12 }],
    },
    {
      name: 'internal endpoint: a warning (published by ngrok as a pattern)',
      filename: 'ngrok.yml',
      code: cfg('http://localhost:4040', { url: 'https://agent-api.internal' }),
      errors: [{ messageId: 'agentApiUpstream', line: 6, column: 12, severity: 'warning' }],
    },
    {
      name: 'v2 tunnel',
      filename: 'ngrok.yml',
      code: `version: 2\ntunnels:\n  inspect:\n    proto: http\n    addr: 4040\n`,
      errors: [{ messageId: 'agentApiUpstream', data: { name: 'inspect', upstream: '4040', web: '127.0.0.1:4040' }, line: 5, column: 11 }],
    },
  ],
});
