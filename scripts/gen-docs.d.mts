export function renderDiagnosticsDoc(entries: { code: string; severity: string; template: string; id: string; file: string }[]): string;
export function renderRulesIndex(rules: readonly { id: string; meta: { description: string; severity: string; category: string; fixable?: boolean; requiresReason?: boolean } }[]): string;
