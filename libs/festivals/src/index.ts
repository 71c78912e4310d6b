export * from './festivals.module';
export * from './shared/festival-kind.enum';
export * from './festival/festival.entity';
export * from './festival/festival.service';
export * from './festival/festivals.reference';
export * from './edition/festival-edition.entity';
export * from './edition/edition.service';
export * from './festivals-loaders';
