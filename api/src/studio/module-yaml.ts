import { parseDocument, stringify } from 'yaml';

/** The first line of every content/modules/<slug>/module.yaml: editors then check the file as it is typed. */
export const SCHEMA_COMMENT = 'yaml-language-server: $schema=../../../schemas/content/json/module.schema.json';

/** A module as the content/ files write it (content/modules/<slug>/module.yaml). */
export function moduleToYaml(content: unknown): string {
  const doc = parseDocument(stringify(content, { lineWidth: 0 }));
  doc.commentBefore = ` ${SCHEMA_COMMENT}`;
  return doc.toString({ lineWidth: 0 });
}

/** The data of a module.yaml, or null when it is not YAML holding one mapping (the zod check comes after). */
export function moduleFromYaml(text: string): Record<string, unknown> | null {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return null;
  const data: unknown = doc.toJS();
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}
