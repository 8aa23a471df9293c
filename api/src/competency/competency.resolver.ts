import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../core/auth.guard.js';
import { byKeys } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { CompetencyService } from './competency.service.js';
import { Competency, CompetencyEvidence, CompetencyScore, Domain, ProfileCompetency } from './competency.types.js';

@Resolver(() => Domain)
export class DomainResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @Public()
  @Query(() => [Domain], { description: 'The CRCN framework: 5 domains and their competencies.' })
  domains(): Promise<Domain[]> {
    return this.competencyService.domains();
  }

  @ResolveField(() => [Competency])
  competencies(@Parent() domain: Domain, @Context() context: RequestContext): Promise<Competency[]> {
    return context.loaders
      .get<string, Competency[]>('competenciesOfDomain', async (codes) => {
        const rows = await this.competencyService.competenciesOfDomains(codes);
        return codes.map((code) => rows.filter((row) => row.domainCode === code));
      })
      .load(domain.code);
  }
}

@Resolver(() => Competency)
export class CompetencyResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @ResolveField(() => Domain)
  async domain(@Parent() competency: Competency, @Context() context: RequestContext): Promise<Domain> {
    const domain = await context.loaders
      .get<string, Domain | null>('domain', async (codes) =>
        byKeys(codes, await this.competencyService.domainsByCodes(codes), (d) => d.code),
      )
      .load(competency.domainCode);
    return domain!;
  }
}

@Resolver(() => CompetencyEvidence)
export class CompetencyEvidenceResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(
    @Parent() evidence: CompetencyEvidence & { competencyCode?: string },
    @Context() context: RequestContext,
  ): Promise<Competency> {
    return loadCompetency(context, this.competencyService, evidence.competencyCode ?? evidence.competency.code);
  }
}

@Resolver(() => CompetencyScore)
export class CompetencyScoreResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() score: CompetencyScore, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencyService, score.competencyCode);
  }
}

@Resolver(() => ProfileCompetency)
export class ProfileCompetencyResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() score: ProfileCompetency, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencyService, score.competencyCode);
  }
}

/** Competencies by code, batched per request; shared by every resolver that shows one. */
export async function loadCompetency(context: RequestContext, service: CompetencyService, code: string): Promise<Competency> {
  const competency = await context.loaders
    .get<string, Competency | null>('competency', async (codes) => byKeys(codes, await service.competenciesByCodes(codes), (c) => c.code))
    .load(code);
  return competency ?? { code, name: code, domainCode: code.split('.')[0] ?? code };
}
