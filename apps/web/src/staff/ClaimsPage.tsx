import { Link } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { Pager, useCursorPages } from '../components/Pager';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/i18n';
import { CLAIMED_PERSON, DECIDE_CLAIM, PENDING_CLAIMS } from './staff.queries';

function ClaimedPerson({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: CLAIMED_PERSON, variables: { id } });
  if (!data) return <span>{id}</span>;
  return (
    <>
      <Link to={`/people/${data.person.slug}`}>{data.person.name}</Link>
      {data.person.email && <span className="detail"> · {data.person.email}</span>}
    </>
  );
}

/** STAFF decide who owns a profile: a member asked for it with claimPerson. */
export default function ClaimsPage() {
  const { t, formatDate } = useI18n();
  const pages = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PENDING_CLAIMS,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [decision, decide] = useMutation(DECIDE_CLAIM);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div>
      <h1>{t('staff.claims')}</h1>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={refresh} />
      ) : data.personClaims.edges.length === 0 ? (
        <Empty title={t('staff.noClaims')} />
      ) : (
        <ul className="claims">
          {data.personClaims.edges.map(({ node }) => (
            <li key={node.id} className="claim">
              <p>
                <strong>{t('staff.claimFor')}:</strong> <ClaimedPerson id={node.personId} />
              </p>
              <p>
                <strong>{t('staff.createdAt')}:</strong> {formatDate(node.createdAt)}
              </p>
              {node.message && (
                <blockquote>
                  <strong>{t('staff.message')}:</strong> {node.message}
                </blockquote>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={decision.fetching}
                  onClick={() => void decide({ id: node.id, approve: true }).then(refresh)}
                >
                  {t('staff.accept')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={decision.fetching}
                  onClick={() => void decide({ id: node.id, approve: false }).then(refresh)}
                >
                  {t('staff.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={decision.error} />
      <Pager pages={pages} pageInfo={data?.personClaims.pageInfo} />
    </div>
  );
}
