/**
 * Minimal ANSI styling and terminal-safe text for the human-readable printers.
 */

/** Styles text when `on`; identity otherwise. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

function wrap(open: number, close: number): (s: string) => string {
  return (s) => (s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`);
}

const ON: Paint = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const id = (s: string) => s;
const OFF: Paint = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };

/** The painter for a colour setting. */
export function paint(color: boolean): Paint {
  return color ? ON : OFF;
}

// C0/C1 controls (except tab and newline), DEL, line/paragraph separators and bidi controls:
// printed raw they would move the cursor, recolour the terminal or reorder text (Trojan Source).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The visible form of one UTF-16 unit: itself when safe, else an escape like `\x1b`. */
export function safeChar(c: string): string {
  if (!UNSAFE.test(c)) return c;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text that is safe to print on a terminal (one line: newlines and tabs become spaces). */
export function safeText(s: string): string {
  let out = '';
  for (const c of s) {
    if (c === '\n' || c === '\r' || c === '\t') out += ' ';
    else out += c.length === 1 ? safeChar(c) : c;
  }
  return out;
}
