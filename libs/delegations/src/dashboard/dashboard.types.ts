import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'One bar of a dashboard chart: a key (slug, id or enum value), its label and its count',
})
export class DashboardCount {
  @Field({ description: 'A slug, an id or an enum value' })
  key: string;

  @Field({ description: 'French label (or the name) of the key' })
  labelFr: string;

  @Field({ description: 'English label (or the name) of the key' })
  labelEn: string;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'How many of them are demo records' })
  demoCount: number;
}

@ObjectType({ description: 'What was created in one week, starting on weekStart (a Monday)' })
export class DashboardWeek {
  @Field({ description: 'YYYY-MM-DD, a Monday' })
  weekStart: string;

  @Field(() => Int, { description: 'Accounts created that week that are still PENDING' })
  pendingAccounts: number;

  @Field(() => Int, { description: 'Profile claims created that week that are still PENDING' })
  pendingClaims: number;
}

@ObjectType({ description: "A coming festival edition's delegation members, counted by status" })
export class DashboardEdition {
  @Field(() => ID)
  editionId: string;

  @Field()
  festivalName: string;

  @Field(() => Int)
  year: number;

  @Field()
  startsOn: string;

  @Field(() => [DashboardCount], { description: 'key = DelegationMemberStatus' })
  byStatus: DashboardCount[];
}

@ObjectType({ description: 'Aggregates for the staff dashboard, computed in SQL' })
export class StaffDashboard {
  @Field(() => Int, { description: 'Every person row' })
  members: number;

  @Field(() => Int, { description: 'Of which demo records' })
  demoMembers: number;

  @Field(() => [DashboardCount], { description: 'People by department (of any of their crafts)' })
  membersByDepartment: DashboardCount[];

  @Field(() => [DashboardCount], { description: 'People by craft' })
  membersByCraft: DashboardCount[];

  @Field(() => [DashboardCount], { description: 'People by site (site membership rule)' })
  membersBySite: DashboardCount[];

  @Field(() => Int, { description: 'Accounts PENDING now' })
  pendingAccounts: number;

  @Field(() => Int, { description: 'Profile claims PENDING now' })
  pendingClaims: number;

  @Field(() => [DashboardWeek], { description: 'The last 12 weeks, oldest first, the current week last' })
  pendingByWeek: DashboardWeek[];

  @Field(() => [DashboardEdition], { description: 'Editions not yet over, soonest first' })
  editions: DashboardEdition[];

  @Field(() => [DashboardCount], { description: 'Co-production projects by format (key = ProjectFormat)' })
  projectsByFormat: DashboardCount[];

  @Field(() => [DashboardCount], { description: 'Co-production projects by stage (key = ProjectStage)' })
  projectsByStage: DashboardCount[];
}
