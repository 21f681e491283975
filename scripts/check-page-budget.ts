/**
 * `npm run budget [dir]`: fails, naming each page and its size, if any page of a built site
 * (dist/ unless told) is over the page budget. The deploy runs it on the very build it
 * publishes, at its real address; the build itself only warns.
 */
import { existsSync } from 'node:fs';
import { PAGE_BUDGET, pageSizes, pagesOverBudget } from '../src/integrations/page-budget.ts';

const dir = process.argv[2] ?? 'dist';
const pages = existsSync(dir) ? pageSizes(dir) : [];
const over = pagesOverBudget(pages);
if (pages.length === 0) {
  console.error(`No pages in ${dir}: build the site first (npm run build).`);
  process.exit(1);
}
if (over.length > 0) {
  console.error(`Over the budget of ${PAGE_BUDGET.toLocaleString('en')} B gzipped: ${over.join(', ')}.`);
  process.exit(1);
}
const heaviest = pages.reduce((a, b) => (b.gzipped > a.gzipped ? b : a));
console.log(
  `All ${pages.length} pages fit the budget of ${PAGE_BUDGET.toLocaleString('en')} B gzipped; the heaviest, ${heaviest.path}, has ${(PAGE_BUDGET - heaviest.gzipped).toLocaleString('en')} B to spare.`,
);
