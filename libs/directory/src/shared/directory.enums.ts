import { registerEnumType } from '@nestjs/graphql';

export enum PersonKind {
  TECHNICIAN = 'TECHNICIAN',
  ACTOR = 'ACTOR',
  VOICE_ACTOR = 'VOICE_ACTOR',
  ARTIST = 'ARTIST',
  DEVELOPER = 'DEVELOPER',
  COMPOSER = 'COMPOSER',
  ENTREPRENEUR = 'ENTREPRENEUR',
  PRODUCER = 'PRODUCER',
  WRITER = 'WRITER',
  DIRECTOR = 'DIRECTOR',
  TRAINER = 'TRAINER',
  STUDENT = 'STUDENT',
}

/** How a person's job titles are written in French: Réalisatrice, Réalisateur or Réalisateur·rice. */
export enum TitleForm {
  FEMININE = 'FEMININE',
  MASCULINE = 'MASCULINE',
  INCLUSIVE = 'INCLUSIVE',
}

export enum LanguageLevel {
  NATIVE = 'NATIVE',
  FLUENT = 'FLUENT',
  PROFESSIONAL = 'PROFESSIONAL',
  BASIC = 'BASIC',
}

export enum CompanyKind {
  PRODUCTION = 'PRODUCTION',
  POST_PRODUCTION = 'POST_PRODUCTION',
  VFX = 'VFX',
  ANIMATION = 'ANIMATION',
  GAME_STUDIO = 'GAME_STUDIO',
  DISTRIBUTION = 'DISTRIBUTION',
  SALES_AGENT = 'SALES_AGENT',
  BROADCASTER = 'BROADCASTER',
  EQUIPMENT_RENTAL = 'EQUIPMENT_RENTAL',
  STUDIO_FACILITY = 'STUDIO_FACILITY',
  SOUND = 'SOUND',
  CASTING = 'CASTING',
  TRAINING = 'TRAINING',
  IMMERSIVE_XR = 'IMMERSIVE_XR',
  PUBLISHER = 'PUBLISHER',
}

/** Formats of works, shared by companies, credits, projects and festivals. */
export enum WorkFormat {
  FEATURE_FILM = 'FEATURE_FILM',
  SHORT_FILM = 'SHORT_FILM',
  TV_FILM = 'TV_FILM',
  ANIMATED_SERIES = 'ANIMATED_SERIES',
  TV_SERIES = 'TV_SERIES',
  DOCUMENTARY = 'DOCUMENTARY',
  VIDEO_ART = 'VIDEO_ART',
  TRANSMEDIA = 'TRANSMEDIA',
  VIDEO_GAME = 'VIDEO_GAME',
  XR = 'XR',
  COMMERCIAL = 'COMMERCIAL',
  MUSIC_VIDEO = 'MUSIC_VIDEO',
}

export enum SizeBand {
  SOLO = 'SOLO',
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export enum ProgrammeLevel {
  BAC_PLUS_2 = 'BAC_PLUS_2',
  BAC_PLUS_3 = 'BAC_PLUS_3',
  BAC_PLUS_5 = 'BAC_PLUS_5',
  POST_MASTER = 'POST_MASTER',
  DOCTORATE = 'DOCTORATE',
  OTHER = 'OTHER',
}

/** Who may see a personal detail: anyone, signed-in members, or the agency's staff only. */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  STAFF = 'STAFF',
}

registerEnumType(PersonKind, { name: 'PersonKind' });
registerEnumType(LanguageLevel, { name: 'LanguageLevel' });
registerEnumType(TitleForm, {
  name: 'TitleForm',
  description: 'How job titles are written in French: feminine, masculine or inclusive (réalisateur·rice)',
});
registerEnumType(CompanyKind, { name: 'CompanyKind' });
registerEnumType(WorkFormat, { name: 'WorkFormat' });
registerEnumType(SizeBand, {
  name: 'SizeBand',
  description: 'SOLO 1, MICRO 2–9, SMALL 10–49, MEDIUM 50–249, LARGE 250+',
});
registerEnumType(ProgrammeLevel, { name: 'ProgrammeLevel' });
registerEnumType(Visibility, { name: 'Visibility' });
