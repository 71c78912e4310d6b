import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../auth/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import type { MemberRole, MembershipDecision, MembersOfQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { AddMemberForm } from './AddMemberForm';
import { COMPANY_MEMBERS, DECIDE_MEMBERSHIP, MEMBERS_OF, SET_MEMBER_ROLE } from './memberships.queries';

type Membership = MembersOfQuery['companyMembers'][number];

/** Which decisions each status allows (the API refuses the others with CONFLICT). */
const DECISIONS: Record<string, MembershipDecision[]> = {
  DECLARED: ['APPROVE', 'REFUSE'],
  REFUSED: ['APPROVE'],
  VERIFIED: ['REVOKE'],
  REVOKED: [],
};

/**
 * A company's members. Everyone sees the verified ones; the company's verified admins and STAFF also see the
 * requests and decide on them, and promote admins.
 */
export default function CompanyMembersPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const { user, isStaff } = useAuth();
  const [company] = useQuery({ query: COMPANY_MEMBERS, variables: { slug } });
  const companyId = company.data?.company.id ?? '';
  const [members, reexecute] = useQuery({
    query: MEMBERS_OF,
    variables: { companyId },
    pause: !companyId,
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if ((company.fetching && !company.data) || (members.fetching && !members.data)) return <Loading />;
  if (company.error || !company.data) return <ErrorState error={company.error} />;
  if (members.error || !members.data) return <ErrorState error={members.error} retry={refresh} />;

  const rows = members.data.companyMembers;
  const manages =
    isStaff ||
    rows.some((m) => m.person?.id === user?.personId && m.status === 'VERIFIED' && m.memberRole === 'ADMIN');
  return (
    <div>
      <p>
        <Link to={`/companies/${slug}`}>{company.data.company.name}</Link>
      </p>
      <h1>{t('membership.title', { company: company.data.company.name })}</h1>
      <p className="hint">{t('membership.intro')}</p>
      {rows.length === 0 ? (
        <Empty title={t('membership.none')} />
      ) : (
        <MembersTable rows={rows} manages={manages} ownPersonId={user?.personId ?? null} onChange={refresh} />
      )}
      {isStaff && <AddMemberForm companyId={companyId} onAdded={refresh} />}
    </div>
  );
}

function MembersTable({
  rows,
  manages,
  ownPersonId,
  onChange,
}: {
  rows: Membership[];
  manages: boolean;
  ownPersonId: string | null;
  onChange: () => void;
}) {
  const { t, formatDate } = useI18n();
  const [decision, decide] = useMutation(DECIDE_MEMBERSHIP);
  const [roleChange, setRole] = useMutation(SET_MEMBER_ROLE);
  const busy = decision.fetching || roleChange.fetching;
  const error = decision.error ?? roleChange.error;
  const act = (id: string, next: MembershipDecision) => void decide({ id, decision: next }).then(onChange);
  const promote = (id: string, memberRole: MemberRole) => void setRole({ id, memberRole }).then(onChange);
  return (
    <>
      <table className="table">
        <caption className="visually-hidden">{t('membership.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('membership.person')}</th>
            <th scope="col">{t('membership.job')}</th>
            <th scope="col">{t('membership.status')}</th>
            <th scope="col">{t('membership.role')}</th>
            <th scope="col">{t('membership.requestedAt')}</th>
            {manages && <th scope="col">{t('membership.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const own = m.person?.id === ownPersonId;
            const name = m.person?.name ?? t('membership.hidden');
            return (
              <tr key={m.id}>
                <td>{m.person ? <Link to={`/people/${m.person.slug}`}>{name}</Link> : name}</td>
                <td>{m.role}</td>
                <td>
                  <span className={`badge membership-${m.status.toLowerCase()}`}>
                    {t(`membership.status.${m.status}`)}
                  </span>
                </td>
                <td>{t(`membership.role.${m.memberRole}`)}</td>
                <td>{formatDate(m.createdAt)}</td>
                {manages && (
                  <td className="actions">
                    {!own &&
                      DECISIONS[m.status].map((next) => (
                        <button
                          key={next}
                          type="button"
                          className={next === 'APPROVE' ? 'button primary' : 'button'}
                          disabled={busy}
                          aria-label={`${t(`membership.${next.toLowerCase() as 'approve' | 'refuse' | 'revoke'}`)} — ${name}`}
                          onClick={() => act(m.id, next)}
                        >
                          {t(`membership.${next.toLowerCase() as 'approve' | 'refuse' | 'revoke'}`)}
                        </button>
                      ))}
                    {!own && m.status === 'VERIFIED' && (
                      <button
                        type="button"
                        className="button"
                        disabled={busy}
                        onClick={() => promote(m.id, m.memberRole === 'ADMIN' ? 'MEMBER' : 'ADMIN')}
                      >
                        {t(m.memberRole === 'ADMIN' ? 'membership.demote' : 'membership.promote')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorAlert error={error} byCode={{ CONFLICT: t('membership.conflict') }} />
    </>
  );
}
