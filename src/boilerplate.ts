/**
 * Lines of a page that are not the article's prose: photo credits, bylines,
 * datelines, "READ MORE:" link lines, newsletter prompts. The model keeps them
 * as their own block kind, so the analyzers (summary, quotes, facts) never take
 * them for article text, while `read` still shows them where they stand.
 * Each rule looks at one short block's plain text; nothing is site-specific.
 */
import { isSpace } from './chars.js';

export type BoilerplateRole = 'caption' | 'credit' | 'byline' | 'dateline' | 'related' | 'prompt';

// A block this long is prose, whatever it starts with.
const MAX_WORDS = 40;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const TIME = '(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?|\\d{1,2}\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?)';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?';
const STAMP = `(?:(?:updated|published|posted|last updated|first published)(?:\\s+on)?:?\\s*)?(?:${WEEKDAY}\\s*)?(?:${DATE}|${TIME})(?:[\\s,·|•–—-]+(?:at\\s+)?(?:${WEEKDAY}\\s*)?(?:${DATE}|${TIME}))*`;
const DATELINE = new RegExp(`^${STAMP}$`, 'i');
const AGO = /^(?:updated|published|posted)?\s*\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$/i;
const BYLINE = /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eporting|[Pp]osted)\s+)?(?:[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{L}.'’-]+){0,9}$/u;
const CREDIT = /^(?:\(?(?:photo(?:graph)?s?|image|picture|illustration|video|graphic)s?\s*(?:credit)?\s*(?::|by\b)|(?:photo\s+)?credits?\s*:|courtesy\s+of\b|source\s*:)/i;
const AGENCY_CREDIT = /[/|]\s*(?:getty(?: images)?|afp|reuters|ap(?: photo)?|epa(?:-efe)?|shutterstock|alamy|pa(?: images| wire)?|bloomberg|nurphoto|sopa images|rex features)\b[^.!?]*$/i;
const RELATED = /^(?:read more|read also|also read|related(?: stories| articles| coverage)?|see also|watch|listen|more|more on this|recommended|further reading)\s*[:：|»›>]/i;
// News agencies' caption style: "In this photo taken Tuesday, ..." says what a picture shows.
const CAPTION = /^(?:in this (?:\w+ )?(?:photo|image|picture|photograph|frame grab|still)\b|pictured\s*:)/i;
const MAX_CAPTION_WORDS = 80;
const PROMPT = /\b(?:sign up|subscribe|newsletter|get (?:our|the) (?:daily|weekly|free)|download (?:our|the) app|follow us on|register (?:now|for free))\b/i;

/** The role of a block that is not article prose, or undefined for prose. */
export function boilerplateRole(text: string): BoilerplateRole | undefined {
  if (text.length > 800) return undefined;
  const line = text.trim();
  const words = wordCount(line);
  if (words <= MAX_CAPTION_WORDS && CAPTION.test(line)) return 'caption';
  if (words > MAX_WORDS) return undefined;
  if (RELATED.test(line)) return 'related';
  if (CREDIT.test(line) || (words <= 12 && AGENCY_CREDIT.test(line))) return 'credit';
  if (words <= 12 && (DATELINE.test(line) || AGO.test(line))) return 'dateline';
  if (words <= 12 && BYLINE.test(line)) return 'byline';
  if (words <= 30 && PROMPT.test(line) && !/["“”]/.test(line)) return 'prompt';
  return undefined;
}

// `line.split(/\s+/).length` of a trimmed line, counted rather than split: it is asked of every paragraph.
function wordCount(line: string): number {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c);
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}
