/**
 * Reading the list of sites for `sites from "file" using template`:
 *
 * - CSV (`.csv`): the first row is the header (parameter names, plus an optional `site`
 *   column); every further non-blank row is one site. Fields are separated by commas; a field in
 *   double quotes may contain commas, line breaks and `""` (a quote). Unquoted fields are
 *   trimmed. A UTF-8 byte-order mark is ignored.
 * - YAML (`.yaml`, `.yml`) or JSON (`.json`): a list of maps, one per site, from parameter name
 *   (or `site`) to a scalar value (numbers and booleans are written as text); or a map from site
 *   name to such a map of parameters (the key is the row's `site`, and also the template's first
 *   parameter when the file gives it no value).
 *
 * A row's site name is its `site` value when the file has that column/key, else the value of
 * the template's first parameter.
 * @internal
 */

import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import { LineMap } from '../diagnostics/text.js';

/** One site row. */
export interface SiteRow {
  /** Column/key → value. */
  values: Map<string, { value: string; range: Range }>;
  /** 1-based row number as users count it (CSV: data rows from 1; YAML/JSON: list items from 1). */
  row: number;
  range: Range;
}

/** Result of {@link readSitesFile}. */
export interface SitesFile {
  /** Column names in file order (CSV header; for YAML/JSON the union of keys in first-seen order). */
  columns: { name: string; range: Range }[];
  rows: SiteRow[];
  /** Set when the file could not be read as a sites list. */
  error?: { message: string; range?: Range };
  /** True for a YAML/JSON map from site name to parameters (every row then has a `site`). */
  keyed?: boolean;
}

/** Which format a path names, or undefined. */
export function sitesFormat(path: string): 'csv' | 'yaml' | 'json' | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  return undefined;
}

/** Parses a sites file. Never throws. */
export function readSitesFile(text: string, format: 'csv' | 'yaml' | 'json'): SitesFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return format === 'csv' ? readCsv(text) : readYaml(text, format);
}

interface Field {
  value: string;
  start: number;
  end: number;
}

/** RFC 4180-style CSV records with field offsets. */
function csvRecords(text: string): { records: { fields: Field[]; start: number; end: number }[]; error?: { message: string; at: number } } {
  const records: { fields: Field[]; start: number; end: number }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const recStart = i;
    const fields: Field[] = [];
    for (;;) {
      // one field
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '"') {
        const start = j;
        let value = '';
        j++;
        for (;;) {
          if (j >= n) return { records, error: { message: 'a quoted field is not closed', at: start } };
          const c = text[j]!;
          if (c === '"') {
            if (text[j + 1] === '"') {
              value += '"';
              j += 2;
              continue;
            }
            j++;
            break;
          }
          value += c;
          j++;
        }
        const end = j;
        while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
        if (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') return { records, error: { message: 'text after a closing quote', at: j } };
        fields.push({ value, start, end });
      } else {
        let k = i;
        while (k < n && text[k] !== ',' && text[k] !== '\n' && text[k] !== '\r') k++;
        const raw = text.slice(i, k);
        const lead = raw.length - raw.trimStart().length;
        const value = raw.trim();
        fields.push({ value, start: i + lead, end: i + lead + value.length });
        j = k;
      }
      if (j < n && text[j] === ',') {
        i = j + 1;
        continue;
      }
      // end of record
      const recEnd = j;
      if (j < n && text[j] === '\r') j++;
      if (j < n && text[j] === '\n') j++;
      i = j;
      const blank = fields.length === 1 && fields[0]!.value === '' && text.slice(recStart, recEnd).trim() === '';
      if (!blank) records.push({ fields, start: recStart, end: recEnd });
      break;
    }
  }
  return { records };
}

function readCsv(text: string): SitesFile {
  const lines = new LineMap(text);
  const { records, error } = csvRecords(text);
  if (error) return { columns: [], rows: [], error: { message: `CSV: ${error.message}`, range: lines.range(error.at, error.at + 1) } };
  const header = records[0];
  if (!header) return { columns: [], rows: [] };
  const columns = header.fields.map((f) => ({ name: f.value, range: lines.range(f.start, f.end) }));
  const seen = new Set<string>();
  for (const c of columns) {
    if (c.name === '') return { columns, rows: [], error: { message: 'the header has an empty column name', range: c.range } };
    if (seen.has(c.name)) return { columns, rows: [], error: { message: `the column '${c.name}' appears twice in the header`, range: c.range } };
    seen.add(c.name);
  }
  const rows: SiteRow[] = [];
  records.slice(1).forEach((rec, idx) => {
    const values = new Map<string, { value: string; range: Range }>();
    if (rec.fields.length > columns.length) {
      const extra = rec.fields[columns.length]!;
      rows.push({ values, row: idx + 1, range: lines.range(rec.start, rec.end) });
      values.set('\0extra', { value: String(rec.fields.length), range: lines.range(extra.start, extra.end) });
      return;
    }
    rec.fields.forEach((f, k) => values.set(columns[k]!.name, { value: f.value, range: lines.range(f.start, f.end) }));
    rows.push({ values, row: idx + 1, range: lines.range(rec.start, rec.end) });
  });
  return { columns, rows };
}

function readYaml(text: string, format: 'yaml' | 'json'): SitesFile {
  const lines = new LineMap(text);
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { columns: [], rows: [], error: { message: e instanceof Error ? e.message.split('\n')[0]! : String(e) } };
  }
  const err = doc.errors[0];
  if (err) return { columns: [], rows: [], error: { message: `${format === 'json' ? 'JSON' : 'YAML'}: ${err.message.split('\n')[0]}`, range: lines.range(err.pos[0], err.pos[1]) } };
  const root = doc.contents;
  const at = (node: { range?: [number, number, number] | null } | null | undefined): Range => (node?.range ? lines.range(node.range[0], node.range[1]) : lines.range(0, 0));
  const columns: { name: string; range: Range }[] = [];
  const known = new Set<string>();
  const rows: SiteRow[] = [];
  // A map from site name to that site's parameters: the same rows, each with its key as `site`.
  if (root && isMap(root)) {
    for (let i = 0; i < root.items.length; i++) {
      const { key: k, value: v } = root.items[i]!;
      if (!isScalar(k) || k.value === null || k.value === undefined) return { columns, rows, error: { message: `site ${i + 1} has a name that is not text`, range: at(k as never) } };
      const site = String(k.value);
      if (v !== null && v !== undefined && !(isScalar(v) && v.value === null) && !isMap(v)) return { columns, rows, error: { message: `the parameters of site '${site}' are not a map`, range: at(v as never) } };
      const values = new Map<string, { value: string; range: Range }>([['site', { value: site, range: at(k) }]]);
      if (!known.has('site')) {
        known.add('site');
        columns.push({ name: 'site', range: at(k) });
      }
      for (const pair of isMap(v) ? v.items : []) {
        const pk = pair.key;
        const pv = pair.value;
        if (!isScalar(pk)) return { columns, rows, error: { message: `site '${site}' has a key that is not text`, range: at(pk as never) } };
        const name = String(pk.value);
        if (name === 'site') return { columns, rows, error: { message: `site '${site}' has a 'site' key, but its name is already the key above it`, range: at(pk) } };
        if (!known.has(name)) {
          known.add(name);
          columns.push({ name, range: at(pk) });
        }
        if (pv !== null && pv !== undefined && !isScalar(pv)) return { columns, rows, error: { message: `the value of '${name}' of site '${site}' is not a single value`, range: at(pv as never) } };
        const raw = isScalar(pv) ? pv.value : null;
        values.set(name, { value: raw === null || raw === undefined ? '' : String(raw), range: at((pv ?? pk) as never) });
      }
      rows.push({ values, row: i + 1, range: at(k) });
    }
    return { columns, rows, keyed: true };
  }
  if (!root || !isSeq(root)) return { columns: [], rows: [], error: { message: 'expected a list of sites (one map per site), or a map from site name to its parameters', range: at(root as never) } };
  for (let i = 0; i < root.items.length; i++) {
    const item = root.items[i];
    if (!isMap(item)) return { columns, rows, error: { message: `item ${i + 1} is not a map`, range: at(item as never) } };
    const values = new Map<string, { value: string; range: Range }>();
    for (const pair of item.items) {
      const k = pair.key;
      const v = pair.value;
      if (!isScalar(k)) return { columns, rows, error: { message: `item ${i + 1} has a key that is not text`, range: at(k as never) } };
      const name = String(k.value);
      if (!known.has(name)) {
        known.add(name);
        columns.push({ name, range: at(k) });
      }
      if (v !== null && v !== undefined && !isScalar(v)) return { columns, rows, error: { message: `the value of '${name}' in item ${i + 1} is not a single value`, range: at(v as never) } };
      const raw = isScalar(v) ? v.value : null;
      values.set(name, { value: raw === null || raw === undefined ? '' : String(raw), range: at((v ?? k) as never) });
    }
    rows.push({ values, row: i + 1, range: at(item) });
  }
  return { columns, rows };
}
