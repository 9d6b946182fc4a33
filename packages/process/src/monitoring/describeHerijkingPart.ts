import type { HerijkingPart } from '@gebiedsgericht/core';

// Internal: the queries and ijkmoment preparation describe a herijking scope with it.
/**
 * A short, human description of a herijking's scope, in Dutch or English.
 *
 * @example
 * describeHerijkingPart({ kind: 'opgave', opgaveId: 'opgave-waterberging' }, 'nl'); // 'opgave opgave-waterberging'
 * @see handreiking §2.2
 */
export function describeHerijkingPart(scope: HerijkingPart, locale: 'nl' | 'en'): string {
  switch (scope.kind) {
    case 'opgave':
      return `opgave ${scope.opgaveId}`;
    case 'deelgebied':
      return `${locale === 'nl' ? 'deelgebied' : 'sub-area'} ${scope.deelgebiedId}`;
    case 'deliverable_section':
      return `${locale === 'nl' ? 'onderdeel' : 'section'} "${scope.section}" ${locale === 'nl' ? 'van' : 'of'} ${scope.stepId}`;
  }
}
