/**
 * What the LRS adds to a statement it stores, and the three forms it returns statements in
 * (`format=exact|ids|canonical`). Pure.
 */
type Json = Record<string, any>;

export type StatementFormat = 'exact' | 'ids' | 'canonical';

export interface StoredProperties {
  id: string;
  stored: Date;
  authority: Json;
  /** The version the statement was sent in when it names none: 1.0.0 or 2.0.0. */
  version: string;
}

/**
 * The statement as the LRS keeps it: its id (given or assigned), `stored` and `authority` set by the
 * LRS, a `version`, a `timestamp` (the stored time when none was given), and single context
 * activities as lists of one (the specification asks the LRS to return them so).
 */
export function statementToStore(statement: Json, properties: StoredProperties): Json {
  const stored = properties.stored.toISOString();
  const copy: Json = { ...structuredClone(statement), id: properties.id };
  copy.stored = stored;
  copy.authority = properties.authority;
  copy.version ??= properties.version;
  copy.timestamp ??= stored;
  listContextActivities(copy.context);
  if (copy.object?.objectType === 'SubStatement') listContextActivities(copy.object.context);
  return copy;
}

function listContextActivities(context: Json | undefined): void {
  const activities = context?.contextActivities;
  if (!activities) return;
  for (const key of Object.keys(activities)) if (!Array.isArray(activities[key])) activities[key] = [activities[key]];
}

export function formatStatement(statement: Json, format: StatementFormat, languages: readonly string[] = []): Json {
  if (format === 'exact') return statement;
  const copy: Json = structuredClone(statement);
  if (format === 'ids') idsOnly(copy);
  else canonical(copy, languages);
  return copy;
}

function idsOnly(statement: Json): void {
  statement.actor = agentIds(statement.actor);
  statement.verb = { id: statement.verb.id };
  if (statement.authority) statement.authority = agentIds(statement.authority);
  statement.object = objectIds(statement.object);
  const context = statement.context;
  if (context) {
    if (context.instructor) context.instructor = agentIds(context.instructor);
    if (context.team) context.team = agentIds(context.team);
    const activities = context.contextActivities;
    if (activities) for (const key of Object.keys(activities)) activities[key] = activities[key].map((a: Json) => ({ id: a.id }));
  }
}

function objectIds(object: Json): Json {
  const type = object.objectType ?? 'Activity';
  if (type === 'Activity') return { objectType: 'Activity', id: object.id };
  if (type === 'Agent' || type === 'Group') return agentIds(object);
  if (type === 'SubStatement') {
    const copy = { ...object };
    idsOnly(copy);
    return copy;
  }
  return object;
}

/** Only what identifies an agent; an anonymous Group keeps its members, each by identifier. */
function agentIds(agent: Json): Json {
  const out: Json = { objectType: agent.objectType ?? 'Agent' };
  for (const key of ['mbox', 'mbox_sha1sum', 'openid', 'account']) if (agent[key] !== undefined) out[key] = agent[key];
  if (agent.objectType === 'Group' && Object.keys(out).length === 1 && Array.isArray(agent.member)) {
    out.member = agent.member.map((m: Json) => agentIds(m));
  }
  return out;
}

function canonical(statement: Json, languages: readonly string[]): void {
  if (statement.verb?.display) statement.verb.display = oneLanguage(statement.verb.display, languages);
  const activities: Json[] = [];
  const collect = (s: Json) => {
    if ((s.object?.objectType ?? 'Activity') === 'Activity') activities.push(s.object);
    const ctx = s.context?.contextActivities;
    if (ctx) for (const key of Object.keys(ctx)) activities.push(...ctx[key]);
  };
  collect(statement);
  if (statement.object?.objectType === 'SubStatement') {
    collect(statement.object);
    if (statement.object.verb?.display) statement.object.verb.display = oneLanguage(statement.object.verb.display, languages);
  }
  for (const activity of activities) {
    const definition = activity.definition;
    if (!definition) continue;
    for (const key of ['name', 'description']) if (definition[key]) definition[key] = oneLanguage(definition[key], languages);
    for (const key of ['choices', 'scale', 'source', 'target', 'steps']) {
      for (const component of definition[key] ?? []) {
        if (component.description) component.description = oneLanguage(component.description, languages);
      }
    }
  }
  if (statement.attachments) {
    for (const attachment of statement.attachments) {
      attachment.display = oneLanguage(attachment.display, languages);
      if (attachment.description) attachment.description = oneLanguage(attachment.description, languages);
    }
  }
}

/** The language map reduced to the first language the reader accepts (then `und`, then the first there is). */
export function oneLanguage(map: Record<string, string>, languages: readonly string[]): Record<string, string> {
  const tags = Object.keys(map);
  for (const wanted of [...languages, 'und']) {
    const lower = wanted.toLowerCase();
    const found = tags.find((t) => t.toLowerCase() === lower) ?? tags.find((t) => t.toLowerCase().split('-')[0] === lower.split('-')[0]);
    if (found) return { [found]: map[found]! };
  }
  const first = tags[0];
  return first === undefined ? {} : { [first]: map[first]! };
}

/** `fr-FR,fr;q=0.9,en;q=0.5` → ['fr-FR', 'fr', 'en'], by decreasing weight. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag!.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}
