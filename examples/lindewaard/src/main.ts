/**
 * Main example: the Lindewaard area process (fictional, see shared SCENARIO). Run with
 * `npm run example` from the repository root.
 */
import { DOCUMENT_SCHEMA_VERSION, documentNames } from '@gebiedsgericht/core';

console.log('Gebied Lindewaard — gebiedsgericht werken aan ruimtelijke arrangementen');
console.log(`Documentformaat versie ${DOCUMENT_SCHEMA_VERSION}; documenttypen: ${documentNames().join(', ')}`);
