/**
 * What a command needs from the outside world, injectable so tests run commands in-process.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-` paths). */
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stdout is a terminal (colour, progress lines, prompts). */
  isTTY: boolean;
  /** Asks a yes/no question on a terminal; undefined when there is none. */
  confirm?: (question: string) => Promise<boolean>;
}

/** Exit codes shared by every command. */
export const ExitCode = {
  /** Clean: no findings at error level, all tests passed, nothing to change. */
  Ok: 0,
  /** Findings at error level, failing tests, or (for `plan`, with care) an error. */
  Findings: 1,
  /** Usage or I/O error: bad flags, unreadable files, unknown rule ids. */
  Usage: 2,
} as const;

/** A usage or I/O problem: printed as `tpc: <message>` with exit code 2, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: number = ExitCode.Usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

async function ask(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

const guarded = new Set<'stdout' | 'stderr'>();

/**
 * process.stdout or process.stderr, ready for writing. On the first write a handler is added
 * that ends the process quietly when the reader goes away (`tpc lint | head` is not an error
 * of ours). Taken only when written: creating the streams loads Node's stream modules, and a
 * clean `tpc lint` prints nothing.
 */
function output(name: 'stdout' | 'stderr'): NodeJS.WriteStream {
  const stream = process[name];
  if (!guarded.has(name)) {
    guarded.add(name);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return stream;
}

/** The real process's IO. */
export function processIO(): CliIO {
  let confirm: CliIO['confirm'] | null = null;
  return {
    stdout: (t) => output('stdout').write(t),
    stderr: (t) => output('stderr').write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    cwd: process.cwd(),
    get isTTY() {
      return Boolean(process.stdout.isTTY);
    },
    // A yes/no prompt on the terminal (used by `tpc apply`); none when stdin or stdout is not a terminal.
    // Decided on first use: touching process.stdin creates the stdin stream, which would cost
    // every command start-up time.
    get confirm() {
      if (confirm === null) confirm = process.stdin.isTTY && process.stdout.isTTY ? ask : undefined;
      return confirm;
    },
    set confirm(fn) {
      confirm = fn;
    },
  };
}
