import { countWords, type Article } from '../../model.js';

/** One sentence of the article, with where it is and what kind of text it looks like. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
  section: string | null;
  paragraph: number;
  words: number;
  /** Not prose a summary should quote: a byline, a fragment, a question. */
  skip: boolean;
  /** Looks like a photo caption (often glued to the story text that follows it). */
  caption: boolean;
}

// Page furniture that news text carries along with the story.
const FURNITURE = [
  /^scroll down for video$/i,
  /^(?:click|read|see|watch) (?:here|more|below|the video)\b/i,
  // A byline names people and papers only: "By Jane Smith for MailOnline", not "By Monday, India was ...".
  /^By\s+(?:[\p{Lu}.][\p{L}.'’-]*|and|for|in|of|the|[,|]|\s)+$/u,
  /^(?:published|updated|last updated)\s*:/i,
  /^related\s*:/i,
  /^follow\b.*\bon twitter\b/i,
  /\bcontributed to this report\.?$/i,
  /^(?:this|the) (?:article|story) (?:was|has been)\b/i,
];

// A wire dateline glued to the story's first words: "(CNN)", "Boston (CNN)", "London (Reuters) -".
const DATELINE = /^[^()]{0,40}\(\p{Lu}[\p{L} ]{1,30}\)\s*(?:[-–—]\s*)?/u;

/** The sentences in reading order, at most `limit` of them, marked whether each can stand in a summary. */
export function candidates(article: Article, limit = Infinity): Candidate[] {
  const out: Candidate[] = [];
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (out.length >= limit) return out;
        // The dateline is not part of what the first sentence says.
        const words = countWords(out.length === 0 ? sentence.text.replace(DATELINE, '') : sentence.text);
        out.push({
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          section: section.title,
          paragraph: paragraph.index,
          words,
          skip: isNonContent(sentence.text, words),
          caption: looksLikeCaption(sentence.text),
        });
      }
    }
  }
  return out;
}

/** Sentences a reader would not want as the gist, whatever their words. */
export function isNonContent(text: string, words: number): boolean {
  if (words < 6) return true;
  if (/\?['"’”)]*$/.test(text)) return true;
  return FURNITURE.some((pattern) => pattern.test(text));
}

// Where a picture's subject stands: "(left)", "(pictured)", ", right,".
const PICTURE_POSITION =
  /\((?:pictured|above|below|left|right|centre|center|top|bottom|inset|far left|far right|second left|second right|from left|front|back|circled)\b[^)]*\)|, (?:left|right|pictured|above|centre|center|circled|inset),|\bpictured (?:above|below|left|right|here|in|with|at|on)\b/i;
// A caption's label: a few words and a colon before a capitalised phrase ("Fighter ace: Douglas ...").
const CAPTION_LABEL = /^(?!(?:he|she|they|it|i|we)\b)[\p{Lu}'‘][^\s:]*(?: [^\s:]+){0,3}: ['‘"“]?\p{Lu}/u;
const SPEECH_LABEL = /\b(?:said|says|added|told|wrote|tweeted|explained|continued|stated|asked)\s*:/i;

/** Photo captions: picture positions, a "Label: ..." opener, or a video prompt in front. */
export function looksLikeCaption(text: string): boolean {
  if (PICTURE_POSITION.test(text)) return true;
  if (/^scroll down\b/i.test(text)) return true;
  return CAPTION_LABEL.test(text) && !SPEECH_LABEL.test(text.slice(0, 60));
}
