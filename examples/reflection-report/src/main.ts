/** Example: A findings report in Dutch: the fixture arrangement reflected against the handreiking. (being written). */
import { documentNames } from '@gebiedsgericht/core';

console.log(documentNames().length);
