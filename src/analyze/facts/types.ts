/** The kinds of fact `article facts` reports, in the order it prints them. */
export const FACT_KINDS = ['date', 'duration', 'quantity', 'person', 'organization', 'place'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A fact found inside one sentence: offsets are into that sentence's text. */
export interface Found {
  kind: FactKind;
  text: string;
  /** Normalised value: an ISO-like date string, a number, a canonical name; null when none can be given. */
  value: string | number | null;
  /** The unit: date precision (`day`, `month`, `quarter`...), a duration's time unit, a measure, or what is counted. */
  unit: string | null;
  start: number;
  end: number;
  /** "about", "more than"...: the value is approximate or a bound. */
  qualifier?: string;
  /** The same quantity in another unit, as the article gives it: `250 kilometers (160 miles)`. */
  conversion?: { value: number; unit: string };
  /** For a relative time (`four months after ... took office`): `after`, `before`, `ago`... */
  relation?: string;
  /** What a relative time is measured from: `liberal President Lee Jae-myung took office`, or the article's date (`2025-10-19`). */
  anchor?: string;
}

/** One fact in an article, with where it was found. */
export interface Fact extends Omit<Found, 'start' | 'end'> {
  /** Where `text` is in the article's plain text (`Article.text`). */
  start: number;
  end: number;
  /**
   * The sentence it was found in (or the heading, for a name only a heading gives); of a long
   * sentence, only a window around the fact, so that every fact's context stays short.
   */
  sentence: string;
  /** Where `text` starts inside `sentence`. */
  at: number;
  /** Title of the section it is in; null for the lead. */
  section: string | null;
  /** Other ways the article names the same entity (`DMZ`, `Park`). */
  aliases?: string[];
}

export interface Entities {
  people: string[];
  organizations: string[];
  places: string[];
}

/** Everything `extractFacts` finds. */
export interface Facts {
  /** The article's date (YYYY-MM-DD) relative dates were resolved against; null when it has none. */
  date: string | null;
  facts: Fact[];
  entities: Entities;
}
