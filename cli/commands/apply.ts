/**
 * `tpc apply <input>`: makes the ngrok account match the source.
 *
 * Plans first (see `tpc plan`), prints the plan, and writes only after `--yes` or a "yes" at
 * the terminal prompt; without either (no terminal, as in CI) it refuses. `--dry-run` stops
 * after printing the plan. Before any write the artifacts are linted and errors refuse the
 * apply. A progress line with counts is shown on a terminal; a summary at the end lists every
 * failure. Running it again after a failure continues where it stopped.
 *
 * Exit codes: 0 applied (or nothing to do, or a dry run); 1 some change failed, the apply was
 * refused or cancelled, or the API failed; 2 usage error (bad flags, missing API key,
 * unreadable input, no confirmation).
 */

import type { Command } from 'commander';
import { apply, type ApplyEvent } from '../../src/apply/apply.js';
import { applySummaryLine, formatApplyJson, formatApplyText, planSummaryLine, planToJson } from '../../src/apply/format.js';
import { ApplyMessages } from '../../src/apply/messages.js';
import { plan } from '../../src/apply/plan.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { readManagedMetadata } from '../../src/apply/desired.js';
import type { CloudEndpointCreate } from '../../src/ngrok/types.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { addRemoteOptions, apiKeyFrom, clientFrom, fail, guarded, loadDesired, printPlan, reportInputDiagnostics, type RemoteFlags } from './plan.js';

interface ApplyFlags extends RemoteFlags {
  yes?: boolean;
  dryRun?: boolean;
}

/** Registers `apply`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  addRemoteOptions(cmd)
    .option('-y, --yes', 'apply without asking (needed when there is no terminal, as in CI)')
    .option('--dry-run', 'print the plan and stop; change nothing')
    .addHelpText(
      'after',
      `
Exit codes: 0 applied, nothing to do, or dry run; 1 a change failed, or the apply was refused
(lint errors, plan errors) or cancelled; 2 usage error (bad flags, no API key, no --yes
without a terminal).
Every endpoint is changed by a single API call, so an interrupted run leaves each endpoint
either old or new; run the command again to finish.
The API key is read from $NGROK_API_KEY (or the variable named by --api-key-env); it is
never printed.`,
    )
    .action(async (input: string, flags: ApplyFlags) => {
      setExit(await runApply(input, flags, io));
    });
}

/** The real linter over the bodies about to be written (each linted as a cloud endpoint body). */
async function lintBodies(bodies: CloudEndpointCreate[]): Promise<Diagnostic[]> {
  const { lint } = await import('../../src/rules/engine.js');
  const inputs = bodies.map((b, i) => ({
    path: `${readManagedMetadata(b.metadata)?.key ?? `endpoint-${i + 1}`}.json`,
    text: JSON.stringify(b, null, 2),
    kind: 'cloud-endpoint' as const,
  }));
  return (await lint(inputs)).diagnostics;
}

async function runApply(input: string, flags: ApplyFlags, io: CliIO): Promise<number> {
  const apiKey = apiKeyFrom(io, flags.apiKeyEnv, ExitCode.Usage);
  const progress = io.isTTY && flags.format === 'text';
  const client = clientFrom(flags, apiKey, ExitCode.Usage, {
    onRetry: progress ? (e) => io.stderr(`\r\u001b[Kwaiting ${(e.delayMs / 1000).toFixed(1)} s before retrying (${e.reason})`) : undefined,
  });
  const loaded = await loadDesired(input, io, ExitCode.Usage);
  const errors = reportInputDiagnostics(io, loaded.diagnostics);
  if (errors > 0) fail(ApplyMessages.inputErrors, ExitCode.Findings, input, errors);

  const p = await guarded(apiKey, flags.apiKeyEnv, ExitCode.Findings, () =>
    plan({ desired: loaded.desired, client, prune: flags.prune ?? false, showUnmanaged: flags.showUnmanaged ?? false, ...(loaded.accessDiff ? { accessDiff: loaded.accessDiff } : {}) }),
  );
  if (flags.format !== 'json') printPlan(io, p, flags);
  const planErrors = p.diagnostics.filter((d) => d.severity === 'error' && !d.suppressed).length;
  if (planErrors > 0) {
    if (flags.format === 'json') io.stdout(formatApplyJson({ ok: false, refused: { reason: 'the plan has errors', diagnostics: p.diagnostics }, results: [], counts: { created: 0, updated: 0, replaced: 0, deleted: 0, unchanged: p.summary.unchanged, failed: 0, skipped: 0 } }, p));
    throw new CliError(formatMessage(ApplyMessages.planRefused.template, [planErrors]), ApplyMessages.planRefused.code, ExitCode.Findings);
  }
  if (!p.hasChanges || flags.dryRun) {
    if (flags.format === 'json') io.stdout(JSON.stringify({ ok: true, dryRun: flags.dryRun === true, plan: planToJson(p) }, null, 2) + '\n');
    else if (flags.dryRun && p.hasChanges) io.stdout('Dry run: nothing was changed.\n');
    return ExitCode.Ok;
  }
  if (!flags.yes) {
    if (!io.isTTY || !io.confirm) fail(ApplyMessages.needsConfirmation, ExitCode.Usage);
    const ok = await io.confirm(`Apply these changes (${planSummaryLine(p)}) to the ngrok account?`);
    if (!ok) {
      io.stderr('Apply cancelled; nothing was changed.\n');
      return ExitCode.Findings;
    }
  }

  const ac = new AbortController();
  const onSigint = () => {
    if (!ac.signal.aborted) io.stderr('\nInterrupted: finishing the changes in flight, starting no new ones…\n');
    ac.abort();
  };
  process.once('SIGINT', onSigint);
  let last = 0;
  const onEvent = (e: ApplyEvent) => {
    if (!progress || e.type !== 'item-done') return;
    const now = Date.now();
    if (e.done !== e.total && now - last < 100) return;
    last = now;
    const c = e.counts;
    io.stderr(`\r\u001b[K[${e.done}/${e.total}] ${c.created} created, ${c.updated} updated, ${c.replaced} replaced, ${c.deleted} deleted, ${c.failed} failed`);
  };
  let result;
  try {
    result = await guarded(apiKey, flags.apiKeyEnv, ExitCode.Findings, () =>
      apply({ plan: p, client, onEvent, lint: lintBodies, signal: ac.signal, concurrency: Number(flags.concurrency) }),
    );
  } finally {
    process.removeListener('SIGINT', onSigint);
    if (progress) io.stderr('\r\u001b[K');
  }
  if (flags.format === 'json') io.stdout(formatApplyJson(result, p));
  else if (flags.format === 'markdown') io.stdout(`${result.ok ? '**Applied**' : '**Apply failed**'}: ${applySummaryLine(result)}.\n\n` + markdownFailures(result));
  else io.stdout(formatApplyText(result, { color: flags.color ?? io.isTTY }));
  return result.ok ? ExitCode.Ok : ExitCode.Findings;
}

function markdownFailures(r: Awaited<ReturnType<typeof apply>>): string {
  if (r.refused) return `Refused: ${r.refused.reason}\n\n${r.refused.diagnostics.filter((d) => d.severity === 'error').map((d) => `- \`${d.code}\` ${d.file}: ${d.message}`).join('\n')}\n`;
  const bad = r.results.filter((x) => x.status !== 'succeeded');
  if (bad.length === 0) return '';
  return bad.map((x) => `- ${x.status} ${x.action} \`${x.key}\`: ${x.error?.message ?? x.note ?? ''}`).join('\n') + '\n';
}
