import { PartnerRole, ProjectFormat, ProjectStage, ProjectVisibility } from '@crossroads/coproduction';
import { vocabulary, workFormat } from './labels';

const PROJECT_FORMATS = new Set<string>(Object.values(ProjectFormat));

/** A project format from the same words as company formats (long métrage, série animée…), projects' subset only. */
export const projectFormat = (term: string): ProjectFormat | undefined => {
  const format = workFormat(term);
  return format && PROJECT_FORMATS.has(format) ? (format as string as ProjectFormat) : undefined;
};

export const projectStage = vocabulary(ProjectStage, {
  WRITING: ['écriture', 'ecriture', 'writing', 'scénario'],
  DEVELOPMENT: ['développement', 'development', 'dev'],
  FINANCING: ['financement', 'financing', 'recherche de financement', 'funding'],
  PRE_PRODUCTION: ['préproduction', 'pré-production', 'pre-production', 'preproduction', 'prépa'],
  PRODUCTION: ['production', 'tournage', 'shooting', 'fabrication'],
  POST_PRODUCTION: ['postproduction', 'post-production', 'post production', 'post'],
});

export const partnerRole = vocabulary(PartnerRole, {
  MAJORITY_COPRODUCER: ['coproducteur majoritaire', 'majoritaire', 'majority coproducer', 'majority'],
  MINORITY_COPRODUCER: ['coproducteur minoritaire', 'minoritaire', 'minority coproducer', 'minority'],
  DISTRIBUTOR: ['distributeur', 'distribution', 'distributor'],
  SALES_AGENT: ['vendeur international', 'ventes internationales', 'sales agent', 'international sales'],
  BROADCASTER: ['diffuseur', 'chaîne', 'broadcaster', 'tv channel'],
  SERVICE_VFX: ['effets visuels', 'vfx', 'prestataire vfx', 'visual effects'],
  SERVICE_ANIMATION: ['prestataire animation', 'studio animation', 'animation service', 'animation'],
  PUBLISHER: ['éditeur', 'publisher', 'édition'],
});

export const projectVisibility = vocabulary(ProjectVisibility, {
  PRIVATE: ['privé', 'privée', 'private', 'équipe', 'team'],
  MEMBERS: ['membres', 'members', 'adhérents', 'signed in'],
  PUBLIC: ['public', 'publique', 'tous', 'everyone'],
});
