import { it } from 'vitest';
import { assertContent } from '../../src/content-checks.ts';
it('t', () => { let t=Date.now(); assertContent('/work/main/content'); console.log('first', Date.now()-t); t=Date.now(); assertContent('/work/main/content'); console.log('second', Date.now()-t); });
