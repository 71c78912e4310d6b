/** French for each `extensions.code` the API returns (docs/API.md), spread into fr.ts. */
export const errorsFr = {
  'error.BAD_USER_INPUT': 'Certaines données sont refusées : vérifiez les champs indiqués.',
  'error.UNAUTHENTICATED': 'Connectez-vous pour continuer.',
  'error.FORBIDDEN': 'Vous n’avez pas le droit de faire cela.',
  'error.NOT_FOUND': 'Introuvable : cela n’existe pas ou ne vous est pas visible.',
  'error.CONFLICT': 'Impossible dans l’état actuel : c’est déjà fait, ou cela a changé entre-temps.',
  'error.RATE_LIMITED': 'Trop de demandes : réessayez dans un moment.',
  'error.TIMEOUT': 'La demande a pris trop de temps : réessayez.',
  'error.emailTaken': 'Un compte existe déjà avec cet e-mail : connectez-vous.',
  'error.INTERNAL_SERVER_ERROR': 'Erreur du serveur : réessayez plus tard.',
} as const;
