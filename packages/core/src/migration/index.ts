export { ENUM_VALUES_RENAMED_IN_V2, renameEnumValuesV1ToV2 } from './enumValuesV2';
export { gebiedsprocesSnapshotVocabularyV1ToV2 } from './gebiedsprocesSnapshotVocabularyV1ToV2';
export { type DocumentMigrationStep, migrateDocument } from './migrateDocument';
