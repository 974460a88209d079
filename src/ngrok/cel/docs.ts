/**
 * Markdown reference of the CEL catalog (variables and functions), generated from
 * `catalog.ts` so documentation cannot drift from what the analyzer accepts.
 */

import { FUNCTIONS, listVariables, type PhaseLetter } from './catalog.js';

const PHASE_COLUMNS: readonly PhaseLetter[] = ['T', 'Q', 'S'];

function displayType(t: string, hasFields: boolean, open: boolean): string {
  const base = t.replace(/google\.protobuf\.Timestamp/g, 'timestamp').replace(/google\.protobuf\.Duration/g, 'duration');
  if (base === 'object') return 'object';
  return hasFields ? `${base} (+ fields)` : open && base === 'dyn' ? 'dyn (any fields)' : base;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The catalog as Markdown: one table of variables (type, phases T/Q/S) and one of functions.
 * `on_event_stream_message` availability is unverified for everything and not shown.
 */
export function celCatalogMarkdown(): string {
  const lines: string[] = [];
  lines.push('## Variables', '');
  lines.push('Phases: T = `on_tcp_connect`, Q = `on_http_request`, S = `on_http_response` (inferred from ngrok\'s docs).', '');
  lines.push('| Variable | Type | T | Q | S | Description |', '|---|---|---|---|---|---|');
  for (const v of listVariables()) {
    const marks = PHASE_COLUMNS.map((p) => (v.phases.includes(p) ? '✓' : ''));
    const note = v.unverified ? ' (unverified)' : '';
    lines.push(`| \`${v.path}\` | ${cell(displayType(v.type, v.hasFields, v.open))} | ${marks.join(' | ')} | ${cell(v.description + note)} |`);
  }
  lines.push('', '## Functions and macros', '');
  lines.push('| Name | Kind | Signatures | Phases | Description |', '|---|---|---|---|---|');
  for (const f of FUNCTIONS) {
    const name = f.kind === 'method' || (f.kind === 'macro' && f.name !== 'has') ? `.${f.name}()` : `${f.name}()`;
    const sigs = f.overloads.map((o) => `\`${o.replace(/google\.protobuf\.Timestamp/g, 'timestamp').replace(/google\.protobuf\.Duration/g, 'duration')}\``).join('<br>');
    const kind = f.standard ? `${f.kind} (standard CEL)` : f.kind;
    const note = f.unverified ? ' (unverified)' : '';
    lines.push(`| \`${name}\` | ${kind} | ${cell(sigs)} | ${f.phases.join(' ')} | ${cell(f.description + note)} |`);
  }
  return `${lines.join('\n')}\n`;
}
