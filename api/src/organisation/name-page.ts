/**
 * People listed by name, a page at a time (cohort members, people of an organisation). The cursor
 * is the last row's name and id, opaque to clients; the repository asks for one row more than the
 * page to know whether another page follows.
 */
export interface NameCursor {
  name: string;
  id: string;
}

export interface NamePage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function pageByName<T extends { id: string; displayName: string }>(rows: T[], first: number): NamePage<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? Buffer.from(JSON.stringify([last.displayName, last.id])).toString('base64url') : null,
    },
  };
}

/** An unreadable cursor starts from the beginning. */
export function decodeNameCursor(cursor: string | undefined): NameCursor | undefined {
  if (!cursor) return undefined;
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { name, id };
  } catch {
    // falls through: from the beginning
  }
  return undefined;
}
