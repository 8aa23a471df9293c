import { Injectable } from '@nestjs/common';
import { OrganisationService } from '../organisation/organisation.service.js';
import { pseudonymCode } from './pseudonym.js';
import { PseudonymKey } from './pseudonym-key.js';

/** A member of a cohort as a report shows them: by name, or by pseudonym alone. */
export interface ReportLearner {
  /** Never sent to the client: reports join on it. */
  userId: string;
  /** What the client may use as a key: the user id, or the pseudonym in a pseudonymous report. */
  id: string;
  displayName: string | null;
  pseudonym: string | null;
}

export interface LearnerPage {
  nodes: ReportLearner[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface PageRequest {
  first: number;
  after?: string;
  pseudonymous: boolean;
}

const EXPORT_PAGE = 200;

/**
 * The members of a cohort a page at a time, by name (the order of the cohort's members) or by
 * pseudonym (in pseudonym order, so that the order gives no name away).
 */
@Injectable()
export class CohortLearners {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly key: PseudonymKey,
  ) {}

  async page(cohortId: string, request: PageRequest): Promise<LearnerPage> {
    if (request.pseudonymous) return this.pseudonymousPage(cohortId, request.first, request.after);
    const [members, counts] = await Promise.all([
      this.organisations.members(cohortId, request.first, request.after),
      this.organisations.memberCounts([cohortId]),
    ]);
    return {
      nodes: members.nodes.map((m) => ({ userId: m.id, id: m.id, displayName: m.displayName, pseudonym: null })),
      pageInfo: members.pageInfo,
      totalCount: counts.get(cohortId) ?? 0,
    };
  }

  /** Every member, in the order of the pages (exports). */
  async all(cohortId: string, pseudonymous: boolean): Promise<ReportLearner[]> {
    if (pseudonymous) return this.pseudonymised(cohortId);
    const learners: ReportLearner[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.page(cohortId, { first: EXPORT_PAGE, after, pseudonymous: false });
      learners.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return learners;
      after = page.pageInfo.endCursor;
    }
  }

  private async pseudonymised(cohortId: string): Promise<ReportLearner[]> {
    const [members, key] = await Promise.all([this.organisations.memberIds([cohortId]), this.key.get()]);
    return members
      .map(({ userId }) => {
        const code = pseudonymCode(key, userId);
        return { userId, id: code, displayName: null, pseudonym: code };
      })
      .sort((a, b) => compare(a.id, b.id) || compare(a.userId, b.userId));
  }

  private async pseudonymousPage(cohortId: string, first: number, after?: string): Promise<LearnerPage> {
    const all = await this.pseudonymised(cohortId);
    const cursor = after ? decodeCursor(after) : undefined;
    let start = 0;
    if (cursor) {
      const firstAtOrAfter = all.findIndex((l) => l.id >= cursor.code);
      start = firstAtOrAfter < 0 ? all.length : firstAtOrAfter + (all[firstAtOrAfter]!.id === cursor.code ? cursor.ties : 0);
    }
    const nodes = all.slice(start, start + first);
    const last = nodes.at(-1);
    // Two members may share a code: the cursor says how many of that code were shown.
    const ties = last ? all.slice(0, start + nodes.length).filter((l) => l.id === last.id).length : 0;
    return {
      nodes,
      pageInfo: {
        hasNextPage: start + nodes.length < all.length,
        endCursor: last ? Buffer.from(JSON.stringify(['pseudonym', last.id, ties])).toString('base64url') : null,
      },
      totalCount: all.length,
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function decodeCursor(cursor: string): { code: string; ties: number } | undefined {
  try {
    const [kind, code, ties] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (kind === 'pseudonym' && typeof code === 'string' && Number.isInteger(ties)) return { code, ties: ties as number };
  } catch {
    // an unreadable cursor starts from the beginning
  }
  return undefined;
}
