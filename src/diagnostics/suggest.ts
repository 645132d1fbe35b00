import { closest, distance } from "fastest-levenshtein";

/** The closest candidate when it is close enough to be a typo. */
export function suggest(input: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0) return null;
  const guess = closest(input, [...candidates]);
  const folded = candidates.find((c) => c.toLowerCase() === input.toLowerCase());
  if (folded) return folded;
  return distance(input, guess) <= Math.max(2, Math.floor(input.length / 3)) ? guess : null;
}
