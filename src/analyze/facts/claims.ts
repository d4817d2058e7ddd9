/**
 * Which characters of a sentence a fact has already claimed. Finders try rule after rule and keep
 * a match only where no earlier one lies; testing a match against every fact found so far is
 * quadratic in a sentence packed with facts, while marking claimed characters keeps each test as
 * long as the match itself.
 */
export class Claims {
  // Made at the first claim: most sentences hold no fact, and a typed array of a sentence's length
  // is memory outside the heap, slow to allocate and to collect, made for every sentence.
  private taken: Uint8Array | null = null;

  constructor(private readonly length: number, spans: ReadonlyArray<{ start: number; end: number }> = []) {
    for (const span of spans) this.claim(span.start, span.end);
  }

  /** True when no character of [start, end) is claimed. */
  free(start: number, end: number): boolean {
    const taken = this.taken;
    if (taken) for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    (this.taken ??= new Uint8Array(this.length)).fill(1, start, end);
  }
}
