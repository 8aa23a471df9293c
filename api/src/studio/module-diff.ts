import { isObject } from './draft-validation.js';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'MOVED';
export type ChangeTarget = 'DETAILS' | 'GRAIN' | 'ELEMENT';

/** One difference between two states of a module, named by the ids the content format gives. */
export interface ModuleChange {
  kind: ChangeKind;
  target: ChangeTarget;
  /** The grain or element id; "" for the module's details. */
  id: string;
  /** The grain an element is in (after the change, or before it for a removal); null otherwise. */
  grainId: string | null;
  /** What a trainer recognises it by: a grain's title, an element's type and first words. */
  label: string;
  /** The fields that differ, for DETAILS and CHANGED (`title`, `choices`, `feedback`…). */
  fields: string[];
}

interface Placed {
  id: string;
  grainId: string | null;
  value: Record<string, unknown>;
}

const LABEL_LENGTH = 80;

/**
 * A structural diff of two modules (content format JSON, valid or not): details, then grains, then
 * elements, each ADDED, REMOVED, CHANGED (fields differ) or MOVED (another grain, or another place
 * among the items both sides have). Ids are what ties the two sides together.
 */
export function diffModules(before: unknown, after: unknown): ModuleChange[] {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  const changes: ModuleChange[] = [];

  const detailFields = differingFields(a, b, ['grains']);
  if (detailFields.length > 0) {
    changes.push({
      kind: 'CHANGED',
      target: 'DETAILS',
      id: '',
      grainId: null,
      label: text(b.title) || text(a.title),
      fields: detailFields,
    });
  }

  const grainsBefore = grainsOf(a);
  const grainsAfter = grainsOf(b);
  changes.push(...compare('GRAIN', grainsBefore, grainsAfter, ['elements']));
  changes.push(...compare('ELEMENT', elementsOf(grainsBefore), elementsOf(grainsAfter), []));
  return changes;
}

function compare(target: ChangeTarget, before: Placed[], after: Placed[], ignored: string[]): ModuleChange[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const changes: ModuleChange[] = [];
  const labelOf = target === 'GRAIN' ? grainLabel : elementLabel;

  const commonBefore = before.filter((item) => afterById.has(item.id)).map((item) => item.id);
  const commonAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  const stayed = longestCommonSubsequence(commonBefore, commonAfter);

  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      changes.push({ kind: 'ADDED', target, id: item.id, grainId: item.grainId, label: labelOf(item.value), fields: [] });
      continue;
    }
    const fields = differingFields(old.value, item.value, ignored);
    if (fields.length > 0) {
      changes.push({ kind: 'CHANGED', target, id: item.id, grainId: item.grainId, label: labelOf(item.value), fields });
    }
    if (old.grainId !== item.grainId || !stayed.has(item.id)) {
      changes.push({ kind: 'MOVED', target, id: item.id, grainId: item.grainId, label: labelOf(item.value), fields: [] });
    }
  }
  for (const item of before) {
    if (!afterById.has(item.id)) {
      changes.push({ kind: 'REMOVED', target, id: item.id, grainId: item.grainId, label: labelOf(item.value), fields: [] });
    }
  }
  return changes;
}

function grainsOf(module: Record<string, unknown>): Placed[] {
  const grains = Array.isArray(module.grains) ? module.grains : [];
  return uniqueById(grains.filter(isObject).map((grain) => ({ id: text(grain.id), grainId: null, value: grain })));
}

function elementsOf(grains: Placed[]): Placed[] {
  return uniqueById(
    grains.flatMap((grain) =>
      (Array.isArray(grain.value.elements) ? grain.value.elements : [])
        .filter(isObject)
        .map((element) => ({ id: text(element.id), grainId: grain.id, value: element })),
    ),
  );
}

/** A draft may hold a duplicate or missing id (the validation says so): the first one counts. */
function uniqueById(items: Placed[]): Placed[] {
  const seen = new Set<string>();
  return items.filter((item) => item.id !== '' && !seen.has(item.id) && seen.add(item.id));
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>, ignored: string[]): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !ignored.includes(key));
  return keys.filter((key) => canonical(a[key]) !== canonical(b[key]));
}

/** JSON with object keys sorted: the same content written in another key order is the same. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]]),
          )
        : v,
    ) ?? 'undefined'
  );
}

function longestCommonSubsequence(a: string[], b: string[]): Set<string> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

function grainLabel(grain: Record<string, unknown>): string {
  return shorten(text(grain.title));
}

function elementLabel(element: Record<string, unknown>): string {
  const words = [element.title, element.prompt, element.markdown, element.alt, element.situation].map(text).find((t) => t !== '') ?? '';
  return shorten(`${text(element.type)}${words ? ` : ${words}` : ''}`);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}
