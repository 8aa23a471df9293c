/**
 * What the statements table indexes, read from a valid statement: the inverse functional identifier
 * of each agent as one string (the `agent` filters compare those), the activity ids, the verb, the
 * registration and the statement a StatementRef points to. Pure.
 */
type Json = Record<string, any>;

export interface StatementKeys {
  actorKey: string | null;
  verbId: string;
  activityId: string | null;
  registration: string | null;
  /** The statement this one targets through a StatementRef object (voiding, or any reference). */
  objectStatementId: string | null;
  /** Actor and object, with the members of a Group: the `agent` filter. */
  agentKeys: string[];
  /** Also authority, instructor, team, context agents and groups, and the same inside a SubStatement: `related_agents`. */
  relatedAgentKeys: string[];
  /** Object and context activities, and those of a SubStatement: `related_activities`. */
  relatedActivityIds: string[];
}

/** `mbox:mailto:a@b.fr`, `mbox_sha1sum:…`, `openid:…`, `account:<homePage>|<name>`; null for an anonymous Group. */
export function agentKey(agent: Json | null | undefined): string | null {
  if (!agent) return null;
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox.toLowerCase()}`;
  if (typeof agent.mbox_sha1sum === 'string') return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`;
  if (agent.account && typeof agent.account === 'object') return `account:${agent.account.homePage}|${agent.account.name}`;
  return null;
}

/** The agent, and its members when it is a Group. */
function agentAndMembers(agent: Json | null | undefined): string[] {
  if (!agent || typeof agent !== 'object') return [];
  const keys = [agentKey(agent)];
  if (agent.objectType === 'Group' && Array.isArray(agent.member)) keys.push(...agent.member.map((m: Json) => agentKey(m)));
  return keys.filter((k): k is string => k !== null);
}

function isAgentOrGroup(object: Json | undefined): boolean {
  return object?.objectType === 'Agent' || object?.objectType === 'Group';
}

export function contextActivityIds(context: Json | undefined): string[] {
  const activities = context?.contextActivities;
  if (!activities) return [];
  return ['parent', 'grouping', 'category', 'other'].flatMap((key) => {
    const list = activities[key];
    if (list === undefined) return [];
    return (Array.isArray(list) ? list : [list]).map((a: Json) => a.id as string);
  });
}

function contextAgentKeys(context: Json | undefined): string[] {
  if (!context) return [];
  return [
    ...agentAndMembers(context.instructor),
    ...agentAndMembers(context.team),
    ...(context.contextAgents ?? []).flatMap((c: Json) => agentAndMembers(c.agent)),
    ...(context.contextGroups ?? []).flatMap((c: Json) => agentAndMembers(c.group)),
  ];
}

export function statementKeys(statement: Json): StatementKeys {
  const object: Json = statement.object;
  const objectType = object.objectType ?? 'Activity';
  const agentKeys = [...agentAndMembers(statement.actor), ...(isAgentOrGroup(object) ? agentAndMembers(object) : [])];
  const related = [...agentKeys, ...agentAndMembers(statement.authority), ...contextAgentKeys(statement.context)];
  const activities = [...(objectType === 'Activity' ? [object.id as string] : []), ...contextActivityIds(statement.context)];
  if (objectType === 'SubStatement') {
    related.push(...agentAndMembers(object.actor), ...contextAgentKeys(object.context));
    if (isAgentOrGroup(object.object)) related.push(...agentAndMembers(object.object));
    if ((object.object?.objectType ?? 'Activity') === 'Activity') activities.push(object.object.id as string);
    activities.push(...contextActivityIds(object.context));
  }
  return {
    actorKey: agentKey(statement.actor),
    verbId: statement.verb.id,
    activityId: objectType === 'Activity' ? object.id : null,
    registration: typeof statement.context?.registration === 'string' ? statement.context.registration.toLowerCase() : null,
    objectStatementId: objectType === 'StatementRef' ? String(object.id).toLowerCase() : null,
    agentKeys: unique(agentKeys),
    relatedAgentKeys: unique(related),
    relatedActivityIds: unique(activities),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
