export interface CorpusFinding {
  code: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}
export interface CorpusExpectations {
  postureRules: string[];
  suspects: Record<string, { expect: string[]; note?: string }>;
  indexMisses: Record<string, { expect: string[]; why: string }>;
  suspectMisses: Record<string, string>;
}
export interface CorpusRow {
  file: string;
  folder: string;
  suspect: boolean;
  reason: string;
  findings: CorpusFinding[];
  correctnessErrors: CorpusFinding[];
}
export interface CorpusEvaluation {
  dir: string;
  rows: CorpusRow[];
  posture: Set<string>;
  categories: Record<string, string>;
  tableProblems: string[];
  nonSuspect: CorpusRow[];
  explained: CorpusRow[];
  unexplained: { file: string; errors: CorpusFinding[] }[];
  indexMissResults: { file: string; expect: string[]; why: string; missing: string[] }[];
  suspectResults: { file: string; expect: string[]; missing: string[]; detected: boolean; knownMiss?: string; note?: string }[];
  staleKnownMisses: string[];
}
export const DEFAULT_CORPUS: string;
export function loadExpectations(): CorpusExpectations;
export function loadIndex(dir: string): { file: string; folder: string; suspect: boolean; reason: string }[];
export function evaluateCorpus<R extends { id: string; meta: { category: string } }>(options: {
  lint: (inputs: { path: string }[], options: { registry: readonly R[] }) => Promise<{ diagnostics: (CorpusFinding & { suppressed?: unknown })[] }>;
  rules: readonly R[];
  dir?: string;
  expectations?: CorpusExpectations;
}): Promise<CorpusEvaluation>;
export function renderReport(evaluation: CorpusEvaluation): string;
