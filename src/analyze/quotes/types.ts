/** The quote engine's findings: plain data, the shapes of `quotes --json` and `experts --json`. */

/** A person or organisation as the words of an attribution name it. An unnamed source has `name: null` and a `description`. */
export interface Person {
  name: string | null;
  /** A title kept apart from the name: `Dr.`, `Sen.`, `Lt. Gen.` */
  honorific: string | null;
  /** The role from the appositive or the words before the name: `a security analyst at the Sejong Institute`. */
  description: string | null;
  /** The organisation named in the description: `Sejong Institute`. */
  organization: string | null;
}

/** Is `person` an organisation speaking (`Reuters`), not a person with one in their description? */
export function isOrganisation(person: Person): boolean {
  return person.organization !== null && person.organization === person.name;
}

/** Who said a quote, and how likely (0–1) that is, from what the cue and the way it was found are worth. */
export interface Speaker extends Person {
  confidence: number;
}

/** One direct quote: the words inside the marks, where they are, and who said them. */
export interface Quote {
  text: string;
  speaker: Speaker | null;
  /** The speech verb or cue that attributes it (`said`, `according to`), null when implied. */
  verb: string | null;
  /** Title of the section it is in; null for the lead (and the headline). */
  section: string | null;
  /** Index of the paragraph in the article; null for a quote in the headline. */
  paragraph: number | null;
  /** Offsets of the quoted words (without marks) in `Article.text`. */
  start: number;
  end: number;
  /** True when the speaker is only implied by the quote before it (no cue of its own). */
  continues: boolean;
}

/** A person (or unnamed source) quoted in the article, however the article names them. */
export interface Expert {
  name: string | null;
  description: string | null;
  organization: string | null;
  /** How many quotes they have. */
  quotes: number;
  firstQuote: string;
}
