// Types of scripts/gen-cli-docs.mjs for the TypeScript tests that import it.

export interface CliArgumentDoc {
  name: string;
  required: boolean;
  variadic: boolean;
  description: string;
  default: unknown;
}

export interface CliOptionDoc {
  flags: string;
  description: string;
  default: unknown;
  choices: string[] | undefined;
  negate: boolean;
}

export interface CliCommandDoc {
  name: string;
  summary: string;
  usage: string;
  arguments: CliArgumentDoc[];
  options: CliOptionDoc[];
  help: string;
}

export interface CliDoc {
  version: string;
  commands: CliCommandDoc[];
}

export function collectCli(cli: {
  COMMANDS: readonly { name: string; summary: string; load: () => Promise<{ register: (...args: never[]) => void }> }[];
  VERSION: string;
}): Promise<CliDoc>;

export function renderCliDoc(data: CliDoc): string;
