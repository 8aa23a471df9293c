import { gradedItemsOf } from './elements.js';
import { indexSkills } from './framework.js';
import type { LoadedContent } from './load.js';
import type { ContentModule } from './module.js';

export interface CoverageStats {
  modules: number;
  /** Graded items (`gradedItemsOf`: one per v1 question, ordering, matching, true/false statement, scenario step with choices). */
  gradedItems: number;
  /** CRCN competency codes evidenced by at least one graded item, sorted ("2.4", "4.1"...). */
  competenciesCovered: string[];
  /** Skill ids evidenced by at least one graded item, sorted. */
  skillsCovered: string[];
}

export interface ModuleStats extends CoverageStats {
  /** The same counts per theme and per audience, keyed by the values the modules use. */
  byTheme: Record<string, CoverageStats>;
  byAudience: Record<string, CoverageStats>;
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function coverage(modules: ContentModule[], competencyOf: (skill: string) => string | undefined): CoverageStats {
  const competencies = new Set<string>();
  const skills = new Set<string>();
  let gradedItems = 0;
  for (const module of modules)
    for (const grain of module.grains)
      for (const element of grain.elements)
        for (const item of gradedItemsOf(element)) {
          gradedItems += 1;
          skills.add(item.skill);
          const code = competencyOf(item.skill);
          if (code) competencies.add(code);
        }
  return {
    modules: modules.length,
    gradedItems,
    competenciesCovered: [...competencies].sort(byCode),
    skillsCovered: [...skills].sort(byCode),
  };
}

function groupBy(modules: ContentModule[], key: (module: ContentModule) => string, competencyOf: (skill: string) => string | undefined) {
  const groups = new Map<string, ContentModule[]>();
  for (const module of modules) groups.set(key(module), [...(groups.get(key(module)) ?? []), module]);
  return Object.fromEntries([...groups.keys()].sort().map((name) => [name, coverage(groups.get(name) ?? [], competencyOf)]));
}

export function computeModuleStats(loaded: Pick<LoadedContent, 'framework' | 'modules'>): ModuleStats {
  const skills = loaded.framework ? indexSkills(loaded.framework) : new Map();
  const competencyOf = (skill: string) => skills.get(skill)?.competency.code as string | undefined;
  const modules = loaded.modules.map((loadedModule) => loadedModule.module);
  return {
    ...coverage(modules, competencyOf),
    byTheme: groupBy(modules, (module) => module.theme, competencyOf),
    byAudience: groupBy(modules, (module) => module.audience, competencyOf),
  };
}
