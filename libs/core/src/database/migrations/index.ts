import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Accounts1763900100000 } from './1763900100000-accounts';
import { Directory1763900200000 } from './1763900200000-directory';
import { Festivals1763900300000 } from './1763900300000-festivals';
import { FestivalFollows1763900350000 } from './1763900350000-festival-follows';
import { Coproduction1763900400000 } from './1763900400000-coproduction';
import { Delegations1763900500000 } from './1763900500000-delegations';
import { PersonEmailIndex1763900600000 } from './1763900600000-person-email-index';
import { OutboxNotify1763900800000 } from './1763900800000-outbox-notify';
import { CompanyMemberships1764100000000 } from './1764100000000-company-memberships';
import { LoginThrottle1764200000000 } from './1764200000000-login-throttle';
import { Notifications1764800000000 } from './1764800000000-notifications';
import { NotificationEvents1765000000000 } from './1765000000000-notification-events';
import { ProgrammeRncpValidity1765000700042 } from './1765000700042-programme-rncp-validity';
import { SiteCoordinatesFigures1765000700043 } from './1765000700043-site-coordinates-figures';
import { CoproductionSubdivision1765000700044 } from './1765000700044-coproduction-subdivision';
import { CommuneInseeCode1765000700045 } from './1765000700045-commune-insee-code';
import { TitleForms1765016160000 } from './1765016160000-title-forms';
import { CalendarFeeds1765100000000 } from './1765100000000-calendar-feeds';
import { EditionDatesSetAt1765100000001 } from './1765100000001-edition-dates-set-at';
import { OutboxLanes1765200000000 } from './1765200000000-outbox-lanes';
import { DemoSeedProgress1765300000000 } from './1765300000000-demo-seed-progress';
import { AuditUnknownEmails1765300000001 } from './1765300000001-audit-unknown-emails';
import { CalendarRevisions1765300000002 } from './1765300000002-calendar-revisions';
import { PersonEmailUnique1765300000003 } from './1765300000003-person-email-unique';
import { CreditSource1765300000004 } from './1765300000004-credit-source';
import { CalendarRevisionMoves1765300000005 } from './1765300000005-calendar-revision-moves';

/** Every migration, in order. `npm run migration:generate` writes a new file here: add it to this list. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  Accounts1763900100000,
  Directory1763900200000,
  Festivals1763900300000,
  FestivalFollows1763900350000,
  Coproduction1763900400000,
  Delegations1763900500000,
  PersonEmailIndex1763900600000,
  OutboxNotify1763900800000,
  CompanyMemberships1764100000000,
  LoginThrottle1764200000000,
  Notifications1764800000000,
  NotificationEvents1765000000000,
  ProgrammeRncpValidity1765000700042,
  SiteCoordinatesFigures1765000700043,
  CoproductionSubdivision1765000700044,
  CommuneInseeCode1765000700045,
  TitleForms1765016160000,
  CalendarFeeds1765100000000,
  EditionDatesSetAt1765100000001,
  OutboxLanes1765200000000,
  DemoSeedProgress1765300000000,
  AuditUnknownEmails1765300000001,
  CalendarRevisions1765300000002,
  PersonEmailUnique1765300000003,
  CreditSource1765300000004,
  CalendarRevisionMoves1765300000005,
];
