// Hand-written barrel of the primitives every package builds on.

export { type ArgumentChecks, argumentChecks, type InvalidArgument, isPlainRecord } from './arguments';
export { addIsoDuration, DEFAULT_TIME_ZONE, dateInZone, dateTimeInZone, daysBetween } from './calendar';
export { describeValue } from './describeValue';
export {
  DOCUMENT_SCHEMA_VERSION,
  type DocumentDefinition,
  defineDocument,
  documentHeader,
} from './document';
export {
  defineMessages,
  type ErrorData,
  ErrorDataSchema,
  type ErrorIssue,
  ErrorIssueSchema,
  GebiedsgerichtError,
  type IssuePath,
  IssuePathSchema,
  isGebiedsgerichtError,
  type MessageCatalogue,
  type MessageTemplate,
} from './errors';
export { FORBIDDEN_KEYS, type Id, IdSchema, SafeKeySchema, safeRecord } from './id';
export {
  type IsoDate,
  IsoDateSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  instantOf,
  type Year,
  YearSchema,
} from './isoDate';
export {
  type Label,
  type LabelledEnum,
  LabelSchema,
  type Locale,
  LocaleSchema,
  labelledEnum,
  labelOf,
} from './labels';
export { LIMITS, type Limit, type LimitName } from './limits';
export {
  type Amount,
  AmountSchema,
  CurrencySchema,
  type EuroCents,
  EuroCentsSchema,
  euroToCents,
  formatEuro,
  type Money,
  MoneySchema,
} from './money';
export { attempt, type Result } from './result';
export { jsonCopy } from './safeValue';
export { NameSchema, TextSchema } from './text';
export { addIssue, formatPath, issuesFromZod, type RefinementContext, refinement, validate } from './validate';
