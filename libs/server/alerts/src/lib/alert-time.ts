/**
 * Dates and times in alerts and their mails as a French agent writes them: « lundi 14 décembre 2026
 * à 14 h 30 », « 14/12/2026 14 h 30 » — never « 14:30 », which is how the rest of the platform
 * reads too.
 */
export function frenchDateTime(date: Date, timeZone: string, dateStyle: 'full' | 'short'): string {
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle, timeZone }).format(date);
  const parts = new Intl.DateTimeFormat('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return `${day}${dateStyle === 'full' ? ' à' : ''} ${hour} h ${minute}`;
}
