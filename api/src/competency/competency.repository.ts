import { Inject, Injectable } from '@nestjs/common';
import type { Framework } from '@continuite/schemas/content';
import { DATABASE, type Database } from '../database/database.js';

export interface DomainRecord {
  code: string;
  name: string;
}
export interface CompetencyRecord {
  code: string;
  name: string;
  domainCode: string;
}
export interface SkillRecord {
  id: string;
  competencyCode: string;
  level: number;
}

@Injectable()
export class CompetencyRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Upserts the whole framework in one transaction; skills that disappear stay, as answers point to them. */
  async upsertFramework(framework: Framework): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [d, domain] of framework.domains.entries()) {
        await trx
          .insertInto('domains')
          .values({ code: domain.code, name: domain.name, position: d })
          .onConflict((oc) => oc.column('code').doUpdateSet({ name: domain.name, position: d }))
          .execute();
        for (const [c, competency] of domain.competencies.entries()) {
          const values = {
            code: competency.code,
            domain_code: domain.code,
            name: competency.name,
            description: competency.description ?? null,
            position: c,
          };
          await trx
            .insertInto('competencies')
            .values(values)
            .onConflict((oc) =>
              oc
                .column('code')
                .doUpdateSet({ domain_code: values.domain_code, name: values.name, description: values.description, position: c }),
            )
            .execute();
          for (const tube of competency.tubes ?? []) {
            await trx
              .insertInto('tubes')
              .values({ id: tube.id, competency_code: competency.code, name: tube.name })
              .onConflict((oc) => oc.column('id').doUpdateSet({ competency_code: competency.code, name: tube.name }))
              .execute();
            if (tube.skills.length === 0) continue;
            await trx
              .insertInto('skills')
              .values(
                tube.skills.map((s) => ({
                  id: s.id,
                  tube_id: tube.id,
                  competency_code: competency.code,
                  level: s.level,
                  description: s.description,
                })),
              )
              .onConflict((oc) =>
                oc.column('id').doUpdateSet((eb) => ({
                  tube_id: eb.ref('excluded.tube_id'),
                  competency_code: eb.ref('excluded.competency_code'),
                  level: eb.ref('excluded.level'),
                  description: eb.ref('excluded.description'),
                })),
              )
              .execute();
          }
        }
      }
    });
  }

  findDomains(): Promise<DomainRecord[]> {
    return this.db.selectFrom('domains').select(['code', 'name']).orderBy('position').execute();
  }

  findDomainsByCodes(codes: readonly string[]): Promise<DomainRecord[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('domains').select(['code', 'name']).where('code', 'in', codes).execute();
  }

  findCompetenciesByCodes(codes: readonly string[]): Promise<CompetencyRecord[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('competencies').select(['code', 'name', 'domain_code as domainCode']).where('code', 'in', codes).execute();
  }

  findCompetenciesOfDomains(domainCodes: readonly string[]): Promise<CompetencyRecord[]> {
    if (domainCodes.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('competencies')
      .select(['code', 'name', 'domain_code as domainCode'])
      .where('domain_code', 'in', domainCodes)
      .orderBy('domain_code')
      .orderBy('position')
      .execute();
  }

  findAllSkills(): Promise<{ id: string; tubeId: string; competencyCode: string; level: number }[]> {
    return this.db.selectFrom('skills').select(['id', 'tube_id as tubeId', 'competency_code as competencyCode', 'level']).execute();
  }

  findSkillsByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('skills').select(['id', 'competency_code as competencyCode', 'level']).where('id', 'in', ids).execute();
  }
}
