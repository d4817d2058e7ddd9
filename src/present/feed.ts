import chalk from 'chalk';
import type { FeedItem } from '../load/feed.js';
import type { OutputContext } from './context.js';
import { fit, padEndVisible, visibleWidth } from './text.js';

const DATE_WIDTH = 10;

/** A feed's items, one a line: date, title, site. */
export function presentFeedItems(items: FeedItem[], ctx: OutputContext): string {
  if (items.length === 0) return chalk.dim('The feed has no items.');
  const siteWidth = Math.min(30, Math.max(0, ...items.map((i) => visibleWidth(i.site ?? ''))));
  const longest = Math.max(...items.map((i) => visibleWidth(i.title)));
  const titleWidth = Math.max(10, Math.min(longest, ctx.width - DATE_WIDTH - siteWidth - 4));
  return items
    .map((item) => {
      const title = fit(item.title, titleWidth);
      const line = item.site ? `${padEndVisible(title, titleWidth)}  ${chalk.dim(fit(item.site, siteWidth))}` : title;
      return `${chalk.cyan((item.date ?? '').padEnd(DATE_WIDTH))}  ${line}`;
    })
    .join('\n');
}
