/**
 * Who may write about whom. Learners of the platform appear in statements as accounts under our
 * homePage (PUBLIC_URL); nobody else can vouch for such an account:
 * - an LRS client of an organisation may name in its statements (and documents) external agents, and
 *   the platform's learners who belong to its organisation, never another organisation's learners;
 * - a learner (the platform recording on their behalf) may write only statements whose actor is that learner.
 * The `authority` a writer sends is not checked here: the LRS replaces it. Pure.
 */
type Json = Record<string, any>;

/** Every Agent and Group the statement names (actor, object, members, instructor, team, context agents, a SubStatement's). */
export function agentsOf(statement: Json): Json[] {
  const found: Json[] = [];
  const add = (agent: Json | undefined) => {
    if (!agent || typeof agent !== 'object') return;
    found.push(agent);
    if (Array.isArray(agent.member)) found.push(...agent.member);
  };
  const walk = (s: Json) => {
    add(s.actor);
    const type = s.object?.objectType;
    if (type === 'Agent' || type === 'Group') add(s.object);
    const context = s.context;
    if (context) {
      add(context.instructor);
      add(context.team);
      for (const c of context.contextAgents ?? []) add(c.agent);
      for (const c of context.contextGroups ?? []) add(c.group);
    }
    if (type === 'SubStatement') walk(s.object);
  };
  walk(statement);
  return found;
}

/** The account names under our homePage that the statement names. */
export function platformAccountNames(agents: readonly Json[], homePage: string): string[] {
  const names = agents
    .filter((a) => a.account && typeof a.account.homePage === 'string' && sameHomePage(a.account.homePage, homePage))
    .map((a) => String(a.account.name));
  return [...new Set(names)];
}

export function sameHomePage(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

/** A learner speaks only for themself: the actor must be exactly their account. */
export function isActorOf(statement: Json, homePage: string, accountName: string): boolean {
  const actor = statement.actor;
  if (!actor || (actor.objectType !== undefined && actor.objectType !== 'Agent')) return false;
  const account = actor.account;
  return !!account && typeof account.homePage === 'string' && sameHomePage(account.homePage, homePage) && account.name === accountName;
}
