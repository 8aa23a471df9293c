import { isIri, isIrl, isLanguageTag, isUuid } from './xapi-forms.js';

/**
 * Statement validation as the xAPI specification words it (1.0.3 and 2.0, Data part 2): required
 * properties, IRI, IRL and UUID forms, language maps, one inverse functional identifier per agent,
 * score bounds, durations, no property the specification does not name, no null outside extensions.
 * Pure: it returns the problems found, each with the path where it was found; empty means valid.
 */
export type XapiMajorVersion = '1.0' | '2.0';

type Json = Record<string, unknown>;

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const SUBSTATEMENT_KEYS = ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const GROUP_KEYS = [...AGENT_KEYS, 'member'];
const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const ACTIVITY_DEFINITION_KEYS = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  'choices',
  'scale',
  'source',
  'target',
  'steps',
];
const INTERACTION_COMPONENTS: Record<string, readonly string[]> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];
const ISO_DURATION =
  /^P(?=\d|T\d)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-]\d\d(?::?\d\d)?)?$/i;
const SHA1_HEX = /^[0-9a-f]{40}$/i;
const SHA2_HEX = /^[0-9a-f]{56}$|^[0-9a-f]{64}$|^[0-9a-f]{96}$|^[0-9a-f]{128}$/i;
const MBOX = /^mailto:[^@\s]+@[^@\s]+$/i;
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(?:\s*;.*)?$/;
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

export function validateStatement(statement: unknown, version: XapiMajorVersion): string[] {
  const v = new Validator(version);
  v.statement(statement, 'statement');
  return v.problems;
}

/** A timestamp as the specification accepts it (ISO 8601; never the "unknown" offset -00:00); 2.0 requires a zone. */
export function isTimestamp(value: unknown, requireZone = false): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return false;
  if (match[7] === '-00:00' || match[7] === '-0000' || match[7] === '-00') return false;
  if (requireZone && !match[7]) return false;
  const [month, day, hour, minute, second] = [match[2], match[3], match[4], match[5], match[6] ?? '0'].map(Number) as number[];
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= 31 &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

class Validator {
  readonly problems: string[] = [];

  constructor(private readonly version: XapiMajorVersion) {}

  private fail(path: string, problem: string): void {
    this.problems.push(`${path}: ${problem}`);
  }

  private object(value: unknown, path: string, allowed: readonly string[]): value is Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return false;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, 'is not a property the specification allows here');
      else if (inner === null) this.fail(`${path}.${key}`, 'must not be null');
    }
    return true;
  }

  private required(value: Json, key: string, path: string): boolean {
    if (value[key] === undefined) {
      this.fail(`${path}.${key}`, 'is required');
      return false;
    }
    return true;
  }

  private string(value: unknown, path: string): value is string {
    if (typeof value === 'string') return true;
    this.fail(path, 'must be a string');
    return false;
  }

  private iri(value: unknown, path: string): void {
    if (this.string(value, path) && !isIri(value)) this.fail(path, 'must be an IRI');
  }

  private irl(value: unknown, path: string): void {
    if (this.string(value, path) && !isIrl(value)) this.fail(path, 'must be an IRL (a URL)');
  }

  private uuid(value: unknown, path: string): void {
    if (this.string(value, path) && !isUuid(value)) this.fail(path, 'must be a UUID');
  }

  private boolean(value: unknown, path: string): void {
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false');
  }

  private number(value: unknown, path: string): value is number {
    if (typeof value === 'number' && Number.isFinite(value)) return true;
    this.fail(path, 'must be a number');
    return false;
  }

  private timestamp(value: unknown, path: string): void {
    if (this.string(value, path) && !isTimestamp(value, this.version === '2.0'))
      this.fail(path, 'must be an ISO 8601 timestamp with a time zone');
  }

  languageMap(value: unknown, path: string): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return this.fail(path, 'must be a language map');
    for (const [tag, text] of Object.entries(value)) {
      if (!isLanguageTag(tag)) this.fail(`${path}.${tag}`, 'is not an RFC 5646 language tag');
      if (typeof text !== 'string') this.fail(`${path}.${tag}`, 'must be a string');
    }
  }

  private extensions(value: unknown, path: string): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return this.fail(path, 'must be an object');
    for (const key of Object.keys(value)) if (!isIri(key)) this.fail(`${path}.${key}`, 'extension keys must be IRIs');
  }

  statement(value: unknown, path: string): void {
    if (!this.object(value, path, STATEMENT_KEYS)) return;
    if (value.id !== undefined) this.uuid(value.id, `${path}.id`);
    if (this.required(value, 'actor', path)) this.actor(value.actor, `${path}.actor`);
    if (this.required(value, 'verb', path)) this.verb(value.verb, `${path}.verb`);
    if (this.required(value, 'object', path)) this.statementObject(value.object, `${path}.object`, false);
    if (value.result !== undefined) this.result(value.result, `${path}.result`);
    if (value.context !== undefined) this.context(value.context, `${path}.context`, value.object);
    if (value.timestamp !== undefined) this.timestamp(value.timestamp, `${path}.timestamp`);
    if (value.stored !== undefined) this.timestamp(value.stored, `${path}.stored`);
    if (value.authority !== undefined) this.authority(value.authority, `${path}.authority`);
    if (value.version !== undefined && this.string(value.version, `${path}.version`) && !/^(1\.0|2\.0)(\.\d+)?$/.test(value.version))
      this.fail(`${path}.version`, 'must be 1.0.x or 2.0.x');
    if (value.attachments !== undefined) this.attachments(value.attachments, `${path}.attachments`);
    const verb = value.verb as Json | undefined;
    if (verb?.id === VOIDED_VERB && (value.object as Json | undefined)?.objectType !== 'StatementRef')
      this.fail(`${path}.object`, 'a voiding statement must have a StatementRef object');
  }

  private actor(value: unknown, path: string): void {
    if (value !== null && typeof value === 'object' && (value as Json).objectType === 'Group') this.group(value, path);
    else this.agent(value, path);
  }

  agent(value: unknown, path: string): void {
    if (!this.object(value, path, AGENT_KEYS)) return;
    if (value.objectType !== undefined && value.objectType !== 'Agent') this.fail(`${path}.objectType`, 'must be Agent');
    if (value.name !== undefined) this.string(value.name, `${path}.name`);
    const count = this.ifis(value, path);
    if (count !== 1) this.fail(path, 'an Agent must have exactly one inverse functional identifier');
  }

  group(value: unknown, path: string): void {
    if (!this.object(value, path, GROUP_KEYS)) return;
    if (value.objectType !== 'Group') this.fail(`${path}.objectType`, 'must be Group');
    if (value.name !== undefined) this.string(value.name, `${path}.name`);
    const count = this.ifis(value, path);
    if (count > 1) this.fail(path, 'a Group must have at most one inverse functional identifier');
    if (value.member !== undefined) {
      if (!Array.isArray(value.member)) this.fail(`${path}.member`, 'must be an array of Agents');
      else value.member.forEach((member, i) => this.agent(member, `${path}.member[${i}]`));
    }
    if (count === 0 && (!Array.isArray(value.member) || value.member.length === 0))
      this.fail(`${path}.member`, 'an anonymous Group must list its members');
  }

  private ifis(value: Json, path: string): number {
    const present = IFI_KEYS.filter((key) => value[key] !== undefined);
    if (value.mbox !== undefined && this.string(value.mbox, `${path}.mbox`) && !MBOX.test(value.mbox))
      this.fail(`${path}.mbox`, 'must be a mailto: IRI of an e-mail address');
    if (value.mbox_sha1sum !== undefined && this.string(value.mbox_sha1sum, `${path}.mbox_sha1sum`) && !SHA1_HEX.test(value.mbox_sha1sum))
      this.fail(`${path}.mbox_sha1sum`, 'must be a SHA-1 hex digest');
    if (value.openid !== undefined) this.iri(value.openid, `${path}.openid`);
    if (value.account !== undefined && this.object(value.account, `${path}.account`, ['homePage', 'name'])) {
      if (this.required(value.account, 'homePage', `${path}.account`)) this.irl(value.account.homePage, `${path}.account.homePage`);
      if (this.required(value.account, 'name', `${path}.account`)) this.string(value.account.name, `${path}.account.name`);
    }
    return present.length;
  }

  private authority(value: unknown, path: string): void {
    this.actor(value, path);
  }

  private verb(value: unknown, path: string): void {
    if (!this.object(value, path, ['id', 'display'])) return;
    if (this.required(value, 'id', path)) this.iri(value.id, `${path}.id`);
    if (value.display !== undefined) this.languageMap(value.display, `${path}.display`);
  }

  private statementObject(value: unknown, path: string, inSubStatement: boolean): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return this.fail(path, 'must be an object');
    const objectType = (value as Json).objectType ?? 'Activity';
    switch (objectType) {
      case 'Activity':
        return this.activity(value, path);
      case 'Agent':
        return this.agent(value, path);
      case 'Group':
        return this.group(value, path);
      case 'StatementRef':
        return this.statementRef(value, path);
      case 'SubStatement':
        if (inSubStatement) return this.fail(path, 'a SubStatement must not contain a SubStatement');
        return this.subStatement(value, path);
      default:
        return this.fail(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement');
    }
  }

  activity(value: unknown, path: string): void {
    if (!this.object(value, path, ['objectType', 'id', 'definition'])) return;
    if (this.required(value, 'id', path)) this.iri(value.id, `${path}.id`);
    if (value.definition !== undefined) this.activityDefinition(value.definition, `${path}.definition`);
  }

  private activityDefinition(value: unknown, path: string): void {
    if (!this.object(value, path, ACTIVITY_DEFINITION_KEYS)) return;
    if (value.name !== undefined) this.languageMap(value.name, `${path}.name`);
    if (value.description !== undefined) this.languageMap(value.description, `${path}.description`);
    if (value.type !== undefined) this.iri(value.type, `${path}.type`);
    if (value.moreInfo !== undefined) this.irl(value.moreInfo, `${path}.moreInfo`);
    if (value.extensions !== undefined) this.extensions(value.extensions, `${path}.extensions`);
    const interaction = value.interactionType;
    if (interaction !== undefined && (typeof interaction !== 'string' || !(interaction in INTERACTION_COMPONENTS))) {
      this.fail(`${path}.interactionType`, 'is not an interaction type of the specification');
    }
    if (value.correctResponsesPattern !== undefined) {
      if (!Array.isArray(value.correctResponsesPattern) || value.correctResponsesPattern.some((p) => typeof p !== 'string'))
        this.fail(`${path}.correctResponsesPattern`, 'must be an array of strings');
    }
    for (const component of ['choices', 'scale', 'source', 'target', 'steps']) {
      if (value[component] === undefined) continue;
      const allowedHere = typeof interaction === 'string' && INTERACTION_COMPONENTS[interaction]?.includes(component);
      if (!allowedHere) this.fail(`${path}.${component}`, 'is not an interaction component of this interaction type');
      const list = value[component];
      if (!Array.isArray(list)) {
        this.fail(`${path}.${component}`, 'must be an array');
        continue;
      }
      const ids = new Set<string>();
      list.forEach((item, i) => {
        const at = `${path}.${component}[${i}]`;
        if (!this.object(item, at, ['id', 'description'])) return;
        if (this.required(item, 'id', at) && this.string(item.id, `${at}.id`)) {
          if (ids.has(item.id)) this.fail(`${at}.id`, 'interaction component ids must be distinct');
          ids.add(item.id);
        }
        if (item.description !== undefined) this.languageMap(item.description, `${at}.description`);
      });
    }
  }

  private statementRef(value: unknown, path: string): void {
    if (!this.object(value, path, ['objectType', 'id'])) return;
    if (value.objectType !== 'StatementRef') this.fail(`${path}.objectType`, 'must be StatementRef');
    if (this.required(value, 'id', path)) this.uuid(value.id, `${path}.id`);
  }

  private subStatement(value: unknown, path: string): void {
    if (!this.object(value, path, SUBSTATEMENT_KEYS)) return;
    if (this.required(value, 'actor', path)) this.actor(value.actor, `${path}.actor`);
    if (this.required(value, 'verb', path)) this.verb(value.verb, `${path}.verb`);
    if (this.required(value, 'object', path)) this.statementObject(value.object, `${path}.object`, true);
    if (value.result !== undefined) this.result(value.result, `${path}.result`);
    if (value.context !== undefined) this.context(value.context, `${path}.context`, value.object);
    if (value.timestamp !== undefined) this.timestamp(value.timestamp, `${path}.timestamp`);
    if (value.attachments !== undefined) this.attachments(value.attachments, `${path}.attachments`);
  }

  private result(value: unknown, path: string): void {
    if (!this.object(value, path, ['score', 'success', 'completion', 'response', 'duration', 'extensions'])) return;
    if (value.score !== undefined) this.score(value.score, `${path}.score`);
    if (value.success !== undefined) this.boolean(value.success, `${path}.success`);
    if (value.completion !== undefined) this.boolean(value.completion, `${path}.completion`);
    if (value.response !== undefined) this.string(value.response, `${path}.response`);
    if (value.duration !== undefined && this.string(value.duration, `${path}.duration`) && !ISO_DURATION.test(value.duration))
      this.fail(`${path}.duration`, 'must be an ISO 8601 duration');
    if (value.extensions !== undefined) this.extensions(value.extensions, `${path}.extensions`);
  }

  private score(value: unknown, path: string): void {
    if (!this.object(value, path, ['scaled', 'raw', 'min', 'max'])) return;
    const n = (key: string) => (value[key] !== undefined && this.number(value[key], `${path}.${key}`) ? (value[key] as number) : undefined);
    const scaled = n('scaled');
    const [raw, min, max] = [n('raw'), n('min'), n('max')];
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) this.fail(`${path}.scaled`, 'must be between -1 and 1');
    if (min !== undefined && max !== undefined && max <= min) this.fail(`${path}.max`, 'must be greater than min');
    if (raw !== undefined && min !== undefined && raw < min) this.fail(`${path}.raw`, 'must not be less than min');
    if (raw !== undefined && max !== undefined && raw > max) this.fail(`${path}.raw`, 'must not be greater than max');
  }

  private context(value: unknown, path: string, statementObject: unknown): void {
    const keys = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
    if (!this.object(value, path, this.version === '2.0' ? [...keys, 'contextAgents', 'contextGroups'] : keys)) return;
    if (value.registration !== undefined) this.uuid(value.registration, `${path}.registration`);
    if (value.instructor !== undefined) this.actor(value.instructor, `${path}.instructor`);
    if (value.team !== undefined) this.group(value.team, `${path}.team`);
    if (value.contextActivities !== undefined) this.contextActivities(value.contextActivities, `${path}.contextActivities`);
    const objectType = (statementObject as Json | null | undefined)?.objectType ?? 'Activity';
    for (const key of ['revision', 'platform']) {
      if (value[key] === undefined) continue;
      this.string(value[key], `${path}.${key}`);
      if (objectType !== 'Activity') this.fail(`${path}.${key}`, 'is only allowed when the object is an Activity');
    }
    if (value.language !== undefined && this.string(value.language, `${path}.language`) && !isLanguageTag(value.language))
      this.fail(`${path}.language`, 'must be an RFC 5646 language tag');
    if (value.statement !== undefined) this.statementRef(value.statement, `${path}.statement`);
    if (value.extensions !== undefined) this.extensions(value.extensions, `${path}.extensions`);
    if (value.contextAgents !== undefined) this.contextActors(value.contextAgents, `${path}.contextAgents`, 'contextAgent', 'agent');
    if (value.contextGroups !== undefined) this.contextActors(value.contextGroups, `${path}.contextGroups`, 'contextGroup', 'group');
  }

  private contextActors(value: unknown, path: string, objectType: string, key: 'agent' | 'group'): void {
    if (!Array.isArray(value)) return this.fail(path, 'must be an array');
    value.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (!this.object(item, at, ['objectType', key, 'relevantTypes'])) return;
      if (item.objectType !== objectType) this.fail(`${at}.objectType`, `must be ${objectType}`);
      if (this.required(item, key, at)) {
        if (key === 'agent') this.agent(item.agent, `${at}.agent`);
        else this.group(item.group, `${at}.group`);
      }
      if (item.relevantTypes !== undefined) {
        if (!Array.isArray(item.relevantTypes) || item.relevantTypes.length === 0)
          this.fail(`${at}.relevantTypes`, 'must be a non-empty array');
        else item.relevantTypes.forEach((type, j) => this.iri(type, `${at}.relevantTypes[${j}]`));
      }
    });
  }

  private contextActivities(value: unknown, path: string): void {
    if (!this.object(value, path, CONTEXT_ACTIVITY_KEYS)) return;
    for (const key of CONTEXT_ACTIVITY_KEYS) {
      const list = value[key];
      if (list === undefined) continue;
      if (Array.isArray(list)) list.forEach((activity, i) => this.contextActivity(activity, `${path}.${key}[${i}]`));
      else this.contextActivity(list, `${path}.${key}`);
    }
  }

  private contextActivity(value: unknown, path: string): void {
    if (
      value !== null &&
      typeof value === 'object' &&
      (value as Json).objectType !== undefined &&
      (value as Json).objectType !== 'Activity'
    ) {
      return this.fail(`${path}.objectType`, 'must be Activity');
    }
    this.activity(value, path);
  }

  private attachments(value: unknown, path: string): void {
    if (!Array.isArray(value)) return this.fail(path, 'must be an array');
    value.forEach((attachment, i) => {
      const at = `${path}[${i}]`;
      if (!this.object(attachment, at, ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'])) return;
      if (this.required(attachment, 'usageType', at)) this.iri(attachment.usageType, `${at}.usageType`);
      if (this.required(attachment, 'display', at)) this.languageMap(attachment.display, `${at}.display`);
      if (attachment.description !== undefined) this.languageMap(attachment.description, `${at}.description`);
      if (this.required(attachment, 'contentType', at) && this.string(attachment.contentType, `${at}.contentType`)) {
        if (!MEDIA_TYPE.test(attachment.contentType)) this.fail(`${at}.contentType`, 'must be an Internet media type');
      }
      if (this.required(attachment, 'length', at) && (!Number.isInteger(attachment.length) || (attachment.length as number) < 0))
        this.fail(`${at}.length`, 'must be a non-negative integer');
      if (this.required(attachment, 'sha2', at) && this.string(attachment.sha2, `${at}.sha2`) && !SHA2_HEX.test(attachment.sha2))
        this.fail(`${at}.sha2`, 'must be a SHA-2 hex digest');
      if (attachment.fileUrl !== undefined) this.irl(attachment.fileUrl, `${at}.fileUrl`);
    });
  }
}
