/** Example: Three development variants for a fictional area assessed with the afwegingskader and explained. (being written). */
import { documentNames } from '@gebiedsgericht/core';

console.log(documentNames().length);
