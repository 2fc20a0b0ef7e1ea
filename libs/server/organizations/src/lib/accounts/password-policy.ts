import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score (0–4) a password must reach: 3 is « safely unguessable » by an online attack. */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take ~0.1 s to load, which a server start need not pay. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
  });
  return checker;
}

/**
 * Why a new password is refused, in French, or null when it is acceptable: at least 12 characters
 * (200 at most), and not among the common passwords and patterns zxcvbn knows (French and English
 * dictionaries, keyboard walks, dates, repetitions), nor built on the person's own name or address.
 * Applies when a password is set; an existing password (the demo's) keeps opening its account.
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (length > PASSWORD_MAX_LENGTH) return `Le mot de passe est limité à ${PASSWORD_MAX_LENGTH} caractères.`;
  const flat = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const own = personal.map((value) => flat(value.split('@')[0])).filter((value) => value.length >= 4);
  if (own.some((value) => flat(password).includes(value)))
    return 'Ce mot de passe reprend votre nom ou votre adresse électronique : choisissez-en un autre.';
  const words = personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  const result = zxcvbn().check(password, [...words, 'continuum', 'loiret', 'prefecture']);
  if (result.score >= MIN_SCORE) return null;
  return 'Ce mot de passe est trop courant ou trop facile à deviner : choisissez par exemple une phrase de plusieurs mots sans lien entre eux.';
}
