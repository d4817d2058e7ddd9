/**
 * Which characters of a sentence a fact has already claimed. Finders try rule after rule and keep
 * a match only where no earlier one lies; testing a match against every fact found so far is
 * quadratic in a sentence packed with facts, while marking claimed characters keeps each test as
 * long as the match itself.
 */
export class Claims {
  private readonly taken: Uint8Array;

  constructor(length: number, spans: ReadonlyArray<{ start: number; end: number }> = []) {
    this.taken = new Uint8Array(length);
    for (const span of spans) this.claim(span.start, span.end);
  }

  /** True when no character of [start, end) is claimed. */
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}
