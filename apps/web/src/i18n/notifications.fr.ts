/** French labels of notifications, their settings and the bell, spread into fr.ts. */
export const notificationsFr = {
  'nav.notifications': 'Notifications',
  'bell.label': 'Notifications',
  'bell.unread': 'Notifications : {count} non lue(s)',
  'notifications.title': 'Notifications',
  'notifications.empty': 'Rien de nouveau pour l’instant.',
  'notifications.unread': 'non lue',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.settingsLink': 'Choisir ce que je reçois par courriel',
  'notifications.more': 'Plus anciennes',
  'notifications.settings.title': 'Mes notifications',
  'notifications.settings.intro':
    'Pour chaque type d’événement, choisissez de recevoir un courriel tout de suite, dans le récapitulatif quotidien (à {hour} h, heure de Paris), ou pas de courriel. Tout reste listé dans vos notifications.',
  'notifications.settings.language': 'Langue de mes courriels',
  'notifications.settings.save': 'Enregistrer',
  'notifications.settings.saved': 'Préférences enregistrées.',
  'notifications.settings.bounced':
    'Les courriels envoyés à votre adresse ont été refusés le {date} : nous n’en envoyons plus. Corrigez votre adresse ou contactez l’équipe.',
  'notifications.delivery.IMMEDIATE': 'Tout de suite',
  'notifications.delivery.DIGEST': 'Récapitulatif quotidien',
  'notifications.delivery.OFF': 'Pas de courriel',
  'notifications.kind.ACCOUNT_DECIDED': 'Mon compte validé ou refusé',
  'notifications.kind.PROFILE_CLAIM_DECIDED': 'Mes demandes de profil',
  'notifications.kind.MEMBERSHIP': 'Membres de mes entreprises',
  'notifications.kind.INTRODUCTION': 'Mises en relation',
  'notifications.kind.DELEGATION_INVITATION': 'Invitations à une délégation',
  'notifications.kind.DELEGATION_STATUS': 'Changements de ma place dans une délégation',
  'notifications.kind.BROCHURE_REMINDER': 'Rappels pour la brochure d’une délégation',
  'notifications.kind.EDITION_DEADLINE': 'Échéances des éditions que je suis',
  'notifications.kind.EDITION_DATES': 'Dates des éditions que je suis',
  'notifications.kind.NEW_PARTNERS': 'Nouveaux partenaires pour mes projets',
  'notifications.event.ACCOUNT_APPROVED': 'L’équipe a validé votre compte.',
  'notifications.event.ACCOUNT_REFUSED': 'L’équipe n’a pas validé votre demande de compte.',
  'notifications.event.CLAIM_APPROVED': 'Le profil de {personName} est à vous.',
  'notifications.event.CLAIM_REFUSED': 'Votre demande pour le profil de {personName} n’a pas été acceptée.',
  'notifications.event.MEMBERSHIP_REQUESTED': '{personName} demande à rejoindre {companyName}.',
  'notifications.event.MEMBERSHIP_VERIFIED': 'Vous êtes membre de {companyName}.',
  'notifications.event.MEMBERSHIP_REFUSED': 'Votre appartenance à {companyName} n’a pas été confirmée.',
  'notifications.event.MEMBERSHIP_REVOKED': 'Votre appartenance à {companyName} a pris fin.',
  'notifications.event.INTRODUCTION_REQUESTED':
    'Le projet « {projectTitle} » souhaite rencontrer {companyName}.',
  'notifications.event.INTRODUCTION_ACCEPTED':
    '{companyName} accepte de rencontrer le projet « {projectTitle} ».',
  'notifications.event.INTRODUCTION_DECLINED':
    '{companyName} a décliné la demande pour le projet « {projectTitle} ».',
  'notifications.event.DELEGATION_INVITED':
    'Vous êtes invité·e dans la délégation « {delegationName} » pour {editionName}.',
  'notifications.event.DELEGATION_STATUS_CHANGED':
    'Délégation « {delegationName} » pour {editionName} : {statusLabel}.',
  'notifications.event.BROCHURE_REMINDER':
    'Brochure de la délégation « {delegationName} » : dites si vous pouvez y figurer.',
  'notifications.event.DEADLINE_SOON': '{deadlineLabel} de {editionName} : le {date}, dans {days} jours.',
  'notifications.event.EDITION_DATES_CONFIRMED':
    'Dates confirmées : {editionName}, du {startsOn} au {endsOn}.',
  'notifications.event.EDITION_DATES_CHANGED': 'Dates modifiées : {editionName}, du {startsOn} au {endsOn}.',
  'notifications.event.NEW_PARTNERS':
    '{count} nouvelle(s) entreprise(s) pour « {projectTitle} » : {companyNames}.',
  'notifications.deadline.accreditation': 'Date limite d’accréditation',
  'notifications.deadline.submission': 'Date limite de dépôt',
  'notifications.status.PROPOSED': 'proposé·e',
  'notifications.status.INVITED': 'invité·e',
  'notifications.status.CONFIRMED': 'confirmé·e',
  'notifications.status.DECLINED': 'déclinée',
  'notifications.status.WITHDRAWN': 'retiré·e',
};
