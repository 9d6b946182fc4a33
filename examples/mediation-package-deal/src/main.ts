/** Example: A water-versus-housing knelpunt settled through a package deal. (being written). */
import { documentNames } from '@gebiedsgericht/core';

console.log(documentNames().length);
