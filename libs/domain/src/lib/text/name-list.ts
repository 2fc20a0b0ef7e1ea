/**
 * Names as a French message lists them: all of them up to `most`, otherwise the first ones and
 * how many more (« Adon, Amilly, Ardon et 297 autres »), so that a refusal stays readable.
 */
export function nameList(names: readonly string[], most = 8): string {
  if (names.length <= most) return names.join(', ');
  const rest = names.length - most;
  return `${names.slice(0, most).join(', ')} et ${rest} ${rest > 1 ? 'autres' : 'autre'}`;
}
