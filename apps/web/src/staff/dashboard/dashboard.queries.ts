import { graphql } from '../../gql';

export const STAFF_DASHBOARD = graphql(`
  query StaffDashboard {
    staffDashboard {
      members
      demoMembers
      membersByDepartment {
        key
        labelFr
        labelEn
        count
      }
      membersByCraft {
        key
        labelFr
        labelEn
        count
      }
      membersBySite {
        key
        labelFr
        labelEn
        count
      }
      pendingAccounts
      pendingClaims
      pendingByWeek {
        weekStart
        pendingAccounts
        pendingClaims
      }
      editions {
        editionId
        festivalName
        year
        startsOn
        byStatus {
          key
          count
        }
      }
      projectsByFormat {
        key
        count
      }
      projectsByStage {
        key
        count
      }
    }
  }
`);
