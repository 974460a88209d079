import rule from '../../src/rules/email-suffix.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_http_request:\n  - actions: [{ type: oauth, config: { provider: google } }]\n  - expressions:\n      - "!actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')"\n    actions: [{ type: deny }]\n` },
    { name: 'a subdomain suffix with a leading dot', code: `on_http_request:\n  - expressions: ["actions.ngrok.oauth.identity.email.endsWith('.clinicnet.example')"]\n    actions: [{ type: deny }]\n` },
    { name: 'endsWith on something that is not an email', code: `on_http_request:\n  - expressions: ["req.host.endsWith('clinicnet.example')"]\n    actions: [{ type: deny }]\n` },
  ],
  invalid: [
    {
      name: 'domain without @ (fixed)',
      code: `on_http_request:\n  - actions: [{ type: oauth, config: { provider: google } }]\n  - expressions:\n      - "!actions.ngrok.oauth.identity.email.endsWith('clinicnet.example')"\n    actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'looseSuffix', line: 4, column: 55, endColumn: 74, severity: 'warning' }],
      output: `on_http_request:\n  - actions: [{ type: oauth, config: { provider: google } }]\n  - expressions:\n      - "!actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')"\n    actions: [{ type: deny }]\n`,
    },
    {
      name: 'a whole address as suffix: reported, not fixed',
      code: `on_http_request:\n  - expressions: ["vars.email.endsWith('bob@clinicnet.example')"]\n    actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'looseSuffix', line: 2, column: 40 }],
      output: `on_http_request:\n  - expressions: ["vars.email.endsWith('bob@clinicnet.example')"]\n    actions: [{ type: deny }]\n`,
    },
    {
      name: 'inside an interpolation in a JSON policy (fixed)',
      filename: 'p.json',
      code: `{"on_http_request":[{"actions":[{"type":"set-vars","config":{"vars":[{"staff":"\${actions.ngrok.oidc.identity.email.endsWith('clinicnet.example')}"}]}}]}]}`,
      errors: [{ messageId: 'looseSuffix', line: 1, column: 125 }],
      output: `{"on_http_request":[{"actions":[{"type":"set-vars","config":{"vars":[{"staff":"\${actions.ngrok.oidc.identity.email.endsWith('@clinicnet.example')}"}]}}]}]}`,
    },
  ],
});
