/**
 * Content file format v1: the CRCN framework and the modules, as zod schemas, with the loader
 * that the content check, the API import and the web preview share.
 */
export {
  ID_PATTERN,
  SKILL_ID_PATTERN,
  SLUG_PATTERN,
  TUBE_ID_PATTERN,
  contentErrorMap,
  formatPath,
  mediaPathProblem,
  type Issue,
} from './common.js';
export { CRCN_DOMAINS, CRCN_LEVEL_MAX, CRCN_LEVEL_MIN } from './crcn.js';
export {
  ANSWERABLE_ELEMENT_TYPES,
  CAPTION_EXTENSIONS,
  ELEMENT_TYPES,
  IMAGE_EXTENSIONS,
  VIDEO_EXTENSIONS,
  calloutElementSchema,
  choiceSchema,
  elementSchema,
  feedbackSchema,
  imageElementSchema,
  isAnswerable,
  mediaOf,
  multipleChoiceElementSchema,
  shortAnswerElementSchema,
  singleChoiceElementSchema,
  textElementSchema,
  toleranceSchema,
  videoElementSchema,
  type AnswerableElement,
  type CalloutElement,
  type Choice,
  type Element,
  type ElementType,
  type Feedback,
  type ImageElement,
  type MultipleChoiceElement,
  type ShortAnswerElement,
  type SingleChoiceElement,
  type TextElement,
  type Tolerance,
  type VideoElement,
} from './elements.js';
export {
  competencySchema,
  domainSchema,
  frameworkSchema,
  indexSkills,
  parseFramework,
  skillSchema,
  tubeSchema,
  type Competency,
  type Domain,
  type Framework,
  type FrameworkParseResult,
  type Skill,
  type SkillInfo,
  type Tube,
} from './framework.js';
export {
  AUDIENCES,
  GRAIN_TYPES,
  THEMES,
  answerableElementsOf,
  grainSchema,
  moduleSchema,
  parseModule,
  sourceSchema,
  type Audience,
  type ContentModule,
  type Grain,
  type GrainType,
  type ModuleParseResult,
  type Source,
  type Theme,
} from './module.js';
export { FRAMEWORK_FILE, MODULES_DIR, MODULE_FILE, loadContent, type ContentError, type LoadedContent, type LoadedModule } from './load.js';
export { computeModuleStats, type ModuleStats } from './stats.js';
export { buildJsonSchemas, writeJsonSchemas } from './json-schema.js';
