/**
 * Resolving `he said` / `she said` to a person: the nearest earlier person the
 * article names, preferring one who is the subject of a sentence and whose
 * honorific (Mr., Ms.) fits the pronoun.
 */
import { isNameParticle, isNameWord, isOrganizationName, splitHonorific, wordKey } from '../names.js';
import type { Speaker } from './types.js';

/** A person named in the article's own words (outside quotes), at an offset into Article.text. */
export interface Mention {
  at: number;
  name: string;
  honorific: string | null;
  /** Opens its sentence, so likely its subject. */
  subject: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.\-]*/gu;
const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister']);
const MALE = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father']);

/**
 * People named in `text` (one paragraph, starting at `offset` in Article.text), skipping the
 * quoted spans: runs of two or more name words, or one after an honorific.
 */
export function mentionsIn(text: string, offset: number, quoted: { start: number; end: number }[]): Mention[] {
  const mentions: Mention[] = [];
  let run: { at: number; words: string[] } | null = null;
  let q = 0;
  const flush = () => {
    if (run) addMention(text, offset, run, mentions);
    run = null;
  };
  for (const m of text.matchAll(WORD)) {
    const at = m.index!;
    while (q < quoted.length && quoted[q]!.end <= at) q++;
    const inQuote = q < quoted.length && quoted[q]!.start <= at;
    const word = m[0].replace(/['’]s$|['’]$/, '');
    const joins = run && at - (run.at + run.words.join(' ').length) <= 2 && !/[,;:]/.test(text.slice(run.at, at).slice(-2));
    if (!inQuote && (isNameWord(word) || (run && joins && isNameParticle(word)))) {
      if (run && joins) run.words.push(word);
      else {
        flush();
        run = { at, words: [word] };
      }
      if (/['’]s?$/.test(m[0]) && m[0] !== word) flush();
    } else flush();
  }
  flush();
  return mentions;
}

function addMention(text: string, offset: number, run: { at: number; words: string[] }, out: Mention[]): void {
  const words = run.words.map((w) => w.replace(/\.$/, (dot) => (/^(?:\p{Lu}|Jr|Sr)$/u.test(w.slice(0, -1)) ? dot : '')));
  const { honorific, name } = splitHonorific(run.words);
  if (isOrganizationName(words) || /^the$/i.test(text.slice(Math.max(0, run.at - 4), run.at).trim())) return;
  if (name.length < 2 && !honorific) return;
  const before = text.slice(Math.max(0, run.at - 3), run.at);
  out.push({ at: offset + run.at, name: name.join(' ').replace(/\.$/, ''), honorific, subject: run.at === 0 || /[.!?]["'”’]?\s+$/.test(before) });
}

/** The person `pronoun` (he, she) at `at` refers to, from mentions and earlier speakers, nearest first. */
export function resolvePronoun(pronoun: string, at: number, mentions: readonly Mention[], speakers: readonly { at: number; speaker: Speaker }[]): Speaker | null {
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const fits = (honorific: string | null) => {
    const key = wordKey(honorific?.split(' ')[0] ?? '');
    return pronoun === 'he' ? !FEMALE.has(key) : !MALE.has(key);
  };
  const candidates: { at: number; name: string; honorific: string | null; weight: number }[] = [];
  for (const s of speakers) {
    if (s.at < at && s.speaker.name && !s.speaker.organization) candidates.push({ at: s.at, name: s.speaker.name, honorific: s.speaker.honorific, weight: 1 });
  }
  for (const m of mentions) if (m.at < at) candidates.push({ at: m.at, name: m.name, honorific: m.honorific, weight: m.subject ? 1 : 0 });
  candidates.sort((a, b) => b.at - a.at);
  const near = candidates.filter((c) => fits(c.honorific) && at - c.at < 1500);
  const best = near.find((c) => c.weight > 0) ?? near[0];
  if (!best) return null;
  const full = fullName(best.name, candidates);
  return { name: full.name, honorific: full.honorific ?? best.honorific, description: null, organization: null };
}

// The fullest earlier form of a name: `Park` → `Park Ji-young` when the article named her so.
function fullName(name: string, candidates: { name: string; honorific: string | null }[]): { name: string; honorific: string | null } {
  const parts = name.split(' ');
  let best = { name, honorific: null as string | null };
  for (const c of candidates) {
    const words = c.name.split(' ');
    if (words.length > best.name.split(' ').length && parts.every((p) => words.includes(p))) best = { name: c.name, honorific: c.honorific };
  }
  return best;
}
