/**
 * Tests of the text right before a mention ("in Werne", "Az. 123", "am kommenden Montag") with patterns
 * anchored at its end. As a plain search, such a pattern is tried at every start position of the slice
 * (20 to 60 characters, long alternations each time); as a look-behind from the end it is tried once,
 * backwards. Same answers: the look-behind sees only the slice, as the search did.
 */
import { topLevelBranches } from './literals.js';

/** A test of whether a text ends with a match of `pattern`, whose source ends with `$` (see above); same answers as `pattern.test`. */
export function endsWithMatch(pattern: RegExp): (text: string) => boolean {
  const source = pattern.source;
  if (!source.endsWith('$') || source.endsWith('\\$') || topLevelBranches(source).length > 1 || /[gym]/u.test(pattern.flags)) {
    throw new Error(`not a pattern anchored at the end: /${source}/${pattern.flags}`);
  }
  const back = new RegExp(`(?<=${source.slice(0, -1)})$`, `${pattern.flags}y`);
  return (text) => {
    back.lastIndex = text.length;
    return back.test(text);
  };
}
