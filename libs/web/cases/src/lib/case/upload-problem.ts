/** 10 Mo, as the server (`POST /cases/:id/attachments`) allows. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const TOO_LARGE = 'Fichier trop volumineux (10 Mo au plus).';

/**
 * The French message of a failed upload. The route answers errors as `{ code, message, field }`
 * (French, written by the server); anything else is the network or an unexpected answer.
 */
export function uploadProblem(status: number, body: unknown): string {
  if (status === 0) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : null;
  if (typeof message === 'string' && message.trim() !== '') return message;
  if (status === 413) return TOO_LARGE;
  return `L’envoi du fichier a échoué (erreur ${status}). Réessayez dans un instant.`;
}

/** Checked before sending, so that 10 Mo are not uploaded only to be refused. */
export function fileProblem(file: { size: number } | null): string | null {
  if (!file) return 'Choisissez un fichier à joindre.';
  if (file.size === 0) return 'Le fichier est vide.';
  if (file.size > MAX_UPLOAD_BYTES) return TOO_LARGE;
  return null;
}
