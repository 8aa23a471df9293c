/** A place in a module draft: `['grains', 0, 'elements', 2, 'prompt']`. */
export type Path = readonly (string | number)[];

/** As the api (zod) writes it: `grains[0].elements[2].prompt`, "" for the whole module. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** The id of the control that edits this path, so a message can link to it (`f-grains-0-prompt`). */
export function fieldId(path: Path): string {
  return `f-${path.map((key) => String(key).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

/** `grains[0].elements[2].prompt` → `['grains', 0, 'elements', 2, 'prompt']`. */
export function parsePath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return out;
}
