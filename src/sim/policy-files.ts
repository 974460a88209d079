/**
 * Agent endpoints whose policy is in `traffic_policy_file`, for a simulated world (`tpc explain`,
 * expectations files): the file is that endpoint's policy, found as `tpc lint` finds it.
 * @internal
 */

import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { loadText, type SourceDocument } from '../ngrok/load.js';
import { policyFileFields, policyFilePath, policyFileResolver, policyFilesToRead, type PolicyFileResolver } from '../rules/workspace.js';
import { SimMessages as M } from './messages.js';

/**
 * Resolves the `traffic_policy_file`s of the agent configs among `documents`: a Traffic Policy
 * document among them at that path is used as loaded; any other is read with `read` (undefined:
 * it cannot be read) from next to its ngrok.yml and loaded. A file that cannot be read is reported
 * at the field (TPC5027, an error: the endpoint then runs without a policy, which a test must not
 * mistake for the real one); parse errors of a file read are reported too. Never throws.
 */
export function loadPolicyFiles(documents: readonly SourceDocument[], read: (path: string) => string | undefined): { resolver: PolicyFileResolver; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const loaded: SourceDocument[] = [];
  const unreadable = new Set<string>();
  for (const path of policyFilesToRead(documents)) {
    const text = read(path);
    if (text === undefined) {
      unreadable.add(path);
      continue;
    }
    const r = loadText(path, text, { kind: 'traffic-policy' });
    diagnostics.push(...r.diagnostics.filter((d) => d.severity === 'error'));
    if (r.documents[0]) loaded.push(r.documents[0]);
  }
  if (unreadable.size > 0) {
    for (const doc of documents) {
      for (const f of policyFileFields(doc)) {
        const path = policyFilePath(doc.file, f.ref);
        if (!unreadable.has(path)) continue;
        const msg = M.policyFileUnreadable;
        diagnostics.push(createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, [f.ref, path]), file: doc.file, range: doc.locate(f.path) }));
      }
    }
  }
  return { resolver: policyFileResolver([...documents, ...loaded]), diagnostics };
}
