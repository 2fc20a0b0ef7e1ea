/**
 * Late is against today, not the meeting's day: « 2 actions en retard », « 1 action échue avant la
 * séance » (due between today and the meeting), or both, with the oldest due date.
 */
export function overdueReason(late: number, beforeMeeting: number, oldest: string): string {
  const parts = [
    late > 0 ? `${late} action${late > 1 ? 's' : ''} en retard` : null,
    beforeMeeting > 0
      ? `${beforeMeeting} action${beforeMeeting > 1 ? 's' : ''} échue${beforeMeeting > 1 ? 's' : ''} avant la séance`
      : null,
  ].filter((part): part is string => part !== null);
  const first = parts.join(', ');
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} (la plus ancienne attendue le ${oldest})`;
}
