import { Role, Roles } from '@crossroads/auth';
import { Query, Resolver } from '@nestjs/graphql';
import { DashboardService } from './dashboard.service';
import { StaffDashboard } from './dashboard.types';

@Resolver(() => StaffDashboard)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Roles(Role.STAFF)
  @Query(() => StaffDashboard, {
    description:
      'STAFF: members by department, craft and site; pending accounts and claims over 12 weeks; coming editions’ delegation members by status; projects by format and stage',
  })
  staffDashboard(): Promise<StaffDashboard> {
    return this.dashboard.staffDashboard();
  }
}
