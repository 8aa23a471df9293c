import { describeError, errorMessageKey } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { formatPath, type Path } from './paths.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface DraftIssue {
  path: string;
  message: string;
  blocking: boolean;
}

/** What the api answers to a save (and what a load of the draft gives). */
export interface SavedDraft<TPreview> {
  revision: number;
  issues: DraftIssue[];
  preview: TPreview[];
  previewSkipped: number;
}

/** Saved; changes waiting for the pause in typing; being saved; refused (someone saved before); failed (network). */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface DraftInit<TPreview> extends SavedDraft<TPreview> {
  contentJson: string;
}

export interface DraftTransport<TPreview> {
  save(baseRevision: number, contentJson: string): Promise<SavedDraft<TPreview>>;
  /** The draft as the server has it now (to resolve a conflict). */
  load(): Promise<DraftInit<TPreview>>;
}

/**
 * A module draft being edited (issue 6): the whole module as the content format's JSON, changed
 * field by field, saved automatically after a pause. A save names the revision it was based on; when
 * another trainer saved since, the server refuses it and the trainer's text stays here untouched
 * until they choose: keep theirs over it, or load the other version. No network of its own.
 */
export class DraftEditor<TPreview = unknown> {
  content = $state<JsonObject>({});
  revision = $state(0);
  status = $state<SaveStatus>('saved');
  issues = $state.raw<DraftIssue[]>([]);
  preview = $state.raw<TPreview[]>([]);
  previewSkipped = $state(0);
  errorKey = $state<MessageKey | null>(null);
  /** The last move or change to announce to screen readers (an aria-live region shows it). */
  announcement = $state('');
  readonly #transport: DraftTransport<TPreview>;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> | null = null;
  #dirty = false;

  constructor(init: DraftInit<TPreview>, transport: DraftTransport<TPreview>, delay = 800) {
    this.#transport = transport;
    this.#delay = delay;
    this.#accept(init);
    this.content = JSON.parse(init.contentJson) as JsonObject;
  }

  get blockingIssues(): DraftIssue[] {
    return this.issues.filter((issue) => issue.blocking);
  }

  /** Messages about exactly this field. */
  issuesAt(path: Path): DraftIssue[] {
    const key = formatPath(path);
    return this.issues.filter((issue) => issue.path === key);
  }

  get(path: Path): Json | undefined {
    let node: Json | undefined = this.content;
    for (const key of path) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string | number, Json>)[key];
    }
    return node;
  }

  /** Sets a field; `undefined` removes it (an optional field left empty is absent from the file). */
  set(path: Path, value: Json | undefined): void {
    const parent = this.#container(path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (!parent) return;
    if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else (parent as Record<string | number, Json>)[key] = value;
    this.#changed();
  }

  list(path: Path): Json[] {
    const value = this.get(path);
    return Array.isArray(value) ? value : [];
  }

  insert(path: Path, value: Json, index = this.list(path).length): void {
    const list = this.get(path);
    if (Array.isArray(list)) list.splice(index, 0, value);
    else this.set(path, [value]);
    this.#changed();
  }

  remove(path: Path, index: number): void {
    const list = this.get(path);
    if (!Array.isArray(list)) return;
    list.splice(index, 1);
    this.#changed();
  }

  /** Moves an item of a list (drag and drop, or the move up/down buttons); false when it cannot. */
  move(path: Path, from: number, to: number): boolean {
    const list = this.get(path);
    if (!Array.isArray(list) || from === to || to < 0 || to >= list.length || from < 0 || from >= list.length) return false;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item!);
    this.#changed();
    return true;
  }

  announce(message: string): void {
    // Cleared first so that the same sentence twice is announced twice.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
  }

  /** Saves now what is waiting (before publishing, or leaving the page). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#dirty || this.#saving) {
      if (this.status === 'conflict' || this.status === 'error') return;
      if (this.#saving) await this.#saving;
      else await this.#save();
    }
  }

  /** Conflict: saves the trainer's version over the other one, knowingly. */
  async keepMine(): Promise<void> {
    const current = await this.#transport.load();
    this.revision = current.revision;
    this.#dirty = true;
    this.status = 'pending';
    await this.flush();
  }

  /** Conflict: drops the trainer's changes and loads the version the server has. */
  async takeTheirs(): Promise<void> {
    const current = await this.#transport.load();
    clearTimeout(this.#timer);
    this.#dirty = false;
    this.#accept(current);
    this.content = JSON.parse(current.contentJson) as JsonObject;
    this.status = 'saved';
  }

  /** After a network failure: tries again with the same base revision. */
  retry(): Promise<void> {
    if (this.status !== 'error') return Promise.resolve();
    this.status = 'pending';
    return this.flush();
  }

  #container(path: Path): Record<string | number, Json> | Json[] | undefined {
    let node: Json | undefined = this.content;
    for (const [i, key] of path.entries()) {
      if (node === null || typeof node !== 'object') return undefined;
      const record = node as Record<string | number, Json>;
      // A missing group (tolerance, feedback) is made when one of its fields is first set.
      if (record[key] === undefined || record[key] === null) record[key] = typeof path[i + 1] === 'number' ? [] : {};
      node = record[key];
    }
    return node !== null && typeof node === 'object' ? node : undefined;
  }

  #changed(): void {
    this.#dirty = true;
    // A refused save waits for the trainer's choice; nothing is sent meanwhile.
    if (this.status === 'conflict') return;
    if (this.status !== 'saving') this.status = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  async #save(): Promise<void> {
    this.#dirty = false;
    this.status = 'saving';
    this.errorKey = null;
    const contentJson = JSON.stringify(this.content);
    const run = (async () => {
      try {
        const saved = await this.#transport.save(this.revision, contentJson);
        this.#accept(saved);
        this.status = this.#dirty ? 'pending' : 'saved';
      } catch (cause) {
        // Whatever happened, the text typed stays in the editor; it is sent again once resolved.
        this.#dirty = true;
        this.errorKey = errorMessageKey(cause);
        this.status = describeError(cause).reason === 'DRAFT_CONFLICT' ? 'conflict' : 'error';
      }
    })();
    this.#saving = run;
    await run;
    this.#saving = null;
  }

  #accept(saved: SavedDraft<TPreview>): void {
    this.revision = saved.revision;
    this.issues = saved.issues;
    this.preview = saved.preview;
    this.previewSkipped = saved.previewSkipped;
  }
}
