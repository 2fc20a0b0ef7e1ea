import type { EntityManager } from 'typeorm';

/** A message about a person's own account (invitation, reset link). */
export interface AccountMail {
  topic: string;
  recipientUserId: string;
  toAddress: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The outbox the accounts write their mails to: server/mail's `MailService` (which depends on this
 * library for its users, hence the port). Written in the caller's transaction, handed to the
 * queue after the commit — as convocations are.
 */
export abstract class AccountMailOutbox {
  abstract queue(manager: EntityManager, mails: AccountMail[]): Promise<{ id: string }[]>;
  abstract dispatch(ids: string[]): Promise<void>;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function mail(
  paragraphs: string[],
  link: { intro: string; url: string },
  closing: string[],
): { text: string; html: string } {
  return {
    text: [...paragraphs, '', link.intro, link.url, '', ...closing].join('\n'),
    html: [
      ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
      `<p>${escape(link.intro)}<br /><a href="${escape(link.url)}">${escape(link.url)}</a></p>`,
      ...closing.map((p) => `<p>${escape(p)}</p>`),
    ].join('\n'),
  };
}

export function resetMail(
  user: { id: string; email: string; fullName: string },
  url: string,
  minutes: number,
): AccountMail {
  return {
    topic: 'account.password-reset',
    recipientUserId: user.id,
    toAddress: user.email,
    toName: user.fullName,
    subject: 'Continuum — choisir un nouveau mot de passe',
    ...mail(
      [
        `Bonjour ${user.fullName},`,
        'Une demande de nouveau mot de passe a été faite pour votre compte Continuum.',
      ],
      {
        intro: `Ce lien, valable ${minutes} minutes et pour une seule utilisation, vous permet d’en choisir un :`,
        url,
      },
      [
        'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.',
        'Continuum — ne répondez pas à ce courriel.',
      ],
    ),
  };
}

export function invitationMail(
  user: { id: string; email: string; fullName: string },
  invitedBy: string,
  url: string,
  days: number,
): AccountMail {
  return {
    topic: 'account.invitation',
    recipientUserId: user.id,
    toAddress: user.email,
    toName: user.fullName,
    subject: 'Continuum — votre compte vous attend',
    ...mail(
      [
        `Bonjour ${user.fullName},`,
        `${invitedBy} vous a ouvert un compte sur Continuum, la plateforme de coordination du continuum de sécurité.`,
        `Votre identifiant est votre adresse électronique : ${user.email}.`,
      ],
      {
        intro: `Choisissez votre mot de passe avec ce lien, valable ${days} jours et pour une seule utilisation :`,
        url,
      },
      [
        'Personne d’autre que vous ne connaîtra ce mot de passe, pas même l’administrateur.',
        'Continuum — ne répondez pas à ce courriel.',
      ],
    ),
  };
}
