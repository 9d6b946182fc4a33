/** Example: A GOKIT-R report for a fictional arrangement, writing its SVG heat map and histogram to a folder. (being written). */
import { documentNames } from '@gebiedsgericht/core';

console.log(documentNames().length);
