/** Sensitivity of a case, on the Traffic Light Protocol (SHARING.md). */
export enum Sensitivity {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

/** « TLP:AMBER+STRICT »: the code of the standard (FIRST TLP 2.0), kept as is — partners know it. */
export function tlpCode(sensitivity: Sensitivity | string): string {
  return `TLP:${sensitivity.replace('_', '+')}`;
}

/** What the code means here, in French, shown beside it wherever a person reads it. */
export const SENSITIVITY_MEANINGS: Readonly<Record<Sensitivity, string>> = {
  [Sensitivity.CLEAR]: 'public',
  [Sensitivity.GREEN]: 'organisations du département',
  [Sensitivity.AMBER]: 'organisations impliquées',
  [Sensitivity.AMBER_STRICT]: 'autorités publiques impliquées',
  [Sensitivity.RED]: 'personnes nommées',
};

export const SENSITIVITY_LABELS: Readonly<Record<Sensitivity, string>> = {
  [Sensitivity.CLEAR]: 'TLP:CLEAR — public',
  [Sensitivity.GREEN]: 'TLP:GREEN — organisations du département',
  [Sensitivity.AMBER]: 'TLP:AMBER — organisations impliquées',
  [Sensitivity.AMBER_STRICT]: 'TLP:AMBER+STRICT — autorités publiques impliquées',
  [Sensitivity.RED]: 'TLP:RED — personnes nommées (L132-5 CSI)',
};

/** From the most open to the most restricted: lowering is moving left, and asks for a reason. */
export const SENSITIVITY_ORDER: readonly Sensitivity[] = [
  Sensitivity.CLEAR,
  Sensitivity.GREEN,
  Sensitivity.AMBER,
  Sensitivity.AMBER_STRICT,
  Sensitivity.RED,
];

export function isLowering(from: Sensitivity, to: Sensitivity): boolean {
  return SENSITIVITY_ORDER.indexOf(to) < SENSITIVITY_ORDER.indexOf(from);
}

/** Reads of these levels are journaled. */
export function isRestricted(sensitivity: Sensitivity): boolean {
  return sensitivity === Sensitivity.AMBER_STRICT || sensitivity === Sensitivity.RED;
}
