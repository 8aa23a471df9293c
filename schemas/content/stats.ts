import { isAnswerable } from './elements.js';
import { indexSkills } from './framework.js';
import type { LoadedContent } from './load.js';

export interface ModuleStats {
  modules: number;
  /** Graded elements (single-choice, multiple-choice, short-answer) over all valid modules. */
  gradedItems: number;
  /** CRCN competency codes evidenced by at least one graded element, sorted ("2.4", "4.1"...). */
  competenciesCovered: string[];
}

export function computeModuleStats(loaded: Pick<LoadedContent, 'framework' | 'modules'>): ModuleStats {
  const skills = loaded.framework ? indexSkills(loaded.framework) : new Map();
  const covered = new Set<string>();
  let gradedItems = 0;
  for (const { module } of loaded.modules) {
    for (const grain of module.grains) {
      for (const element of grain.elements) {
        if (!isAnswerable(element)) continue;
        gradedItems += 1;
        const code = skills.get(element.skill)?.competency.code;
        if (code) covered.add(code);
      }
    }
  }
  return {
    modules: loaded.modules.length,
    gradedItems,
    competenciesCovered: [...covered].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
}
