import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Competency } from '../competency/competency.types.js';
import { loadCompetency } from '../competency/competency.resolver.js';
import { CompetencyService } from '../competency/competency.service.js';
import type { RequestContext } from '../core/request-context.js';
import { CatalogueService } from './catalogue.service.js';
import { Module, ModuleConnection, ModulesArgs } from './catalogue.types.js';

@Resolver(() => Module)
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly competencyService: CompetencyService,
  ) {}

  @Query(() => ModuleConnection, {
    description: 'The published catalogue, filtered, by pages of at most 50.',
    complexity: ({ args, childComplexity }) => 1 + (Number(args.first) || 12) * childComplexity,
  })
  modules(@Args() args: ModulesArgs): Promise<ModuleConnection> {
    return this.catalogue.listModules(args);
  }

  @Query(() => Module, { nullable: true })
  module(@Args('slug') slug: string): Promise<Module | null> {
    return this.catalogue.moduleBySlug(slug);
  }

  @ResolveField(() => [Competency])
  competencies(@Parent() module: Module, @Context() context: RequestContext): Promise<Competency[]> {
    return Promise.all(module.competencyCodes.map((code) => loadCompetency(context, this.competencyService, code)));
  }
}
