export function sharedDir(root?: string): string;
export const CORPUS_DIR: string;
