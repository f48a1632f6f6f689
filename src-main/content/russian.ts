// The Russian stemmer: Snowball's Russian algorithm as @orama/stemmers compiles it (generated from
// snowballstem.org; maintained, typed, one small module per language). Kept apart so that the place names and the
// lexicon stem with the same function the texts do.
import { stemmer } from '@orama/stemmers/russian';

export function russianStem(word: string): string {
  return stemmer(word);
}
