/**
 * "Same statement" as the specification's Statement Comparison Requirements put it: differences an
 * LRS may introduce (authority, stored, version), or that are not part of the statement itself (an
 * Activity's definition, a verb's display), or that only change the serialisation (property order,
 * UUID case, the writing of a timestamp, the order of a Group's members, a single context activity
 * against a list of one) are ignored. Pure.
 */
type Json = Record<string, any>;

export function sameStatement(a: Json, b: Json, options: { ignore?: readonly string[] } = {}): boolean {
  return canonicalJson(comparable(a, options.ignore ?? [])) === canonicalJson(comparable(b, options.ignore ?? []));
}

function comparable(statement: Json, ignore: readonly string[]): Json {
  const copy: Json = structuredClone(statement);
  for (const key of ['authority', 'stored', 'version', ...ignore]) delete copy[key];
  normalise(copy);
  return copy;
}

function normalise(statement: Json): void {
  if (typeof statement.id === 'string') statement.id = statement.id.toLowerCase();
  if (typeof statement.timestamp === 'string') statement.timestamp = new Date(statement.timestamp).toISOString();
  if (statement.verb) delete statement.verb.display;
  normaliseActor(statement.actor);
  const object = statement.object;
  if (object) {
    const type = object.objectType ?? 'Activity';
    if (type === 'Activity') normaliseActivity(object);
    else if (type === 'StatementRef') object.id = String(object.id).toLowerCase();
    else if (type === 'SubStatement') normalise(object);
    else normaliseActor(object);
  }
  const context = statement.context;
  if (context) {
    if (typeof context.registration === 'string') context.registration = context.registration.toLowerCase();
    if (context.statement?.id) context.statement.id = String(context.statement.id).toLowerCase();
    normaliseActor(context.instructor);
    normaliseActor(context.team);
    const activities = context.contextActivities;
    if (activities) {
      for (const key of Object.keys(activities)) {
        activities[key] = (Array.isArray(activities[key]) ? activities[key] : [activities[key]]).map((a: Json) => {
          normaliseActivity(a);
          return a;
        });
      }
    }
  }
}

function normaliseActivity(activity: Json): void {
  activity.objectType = 'Activity';
  delete activity.definition;
}

function normaliseActor(actor: Json | undefined): void {
  if (!actor) return;
  if (!actor.objectType) actor.objectType = 'Agent';
  if (Array.isArray(actor.member)) {
    for (const member of actor.member) normaliseActor(member);
    actor.member.sort((x: Json, y: Json) => canonicalJson(x).localeCompare(canonicalJson(y)));
  }
}

/** JSON with object keys sorted, so that two equal values serialise the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
