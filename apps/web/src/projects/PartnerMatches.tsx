import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { editionLabel } from './format';
import { MatchList } from './MatchList';

const UPCOMING_EDITIONS = graphql(`
  query UpcomingEditions {
    festivalEditions(upcoming: true, first: 100) {
      edges {
        node {
          id
          year
          startsOn
          cancelled
          festival {
            name
          }
        }
      }
    }
  }
`);

const PARTNER_MATCHES = graphql(`
  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {
    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {
      score
      missing(lang: $lang)
      reasons {
        criterion
        code
        text(lang: $lang)
        points
        max
      }
      company {
        id
        slug
        name
        city
        country
      }
    }
  }
`);

/**
 * For the project's owners: partner companies ranked by the API, for the festival edition chosen (kept in the URL as
 * ?edition=, so the page can be shared and Back works).
 */
export function PartnerMatches({
  projectId,
  preferredEditionIds,
}: {
  projectId: string;
  preferredEditionIds: string[];
}) {
  const { t, formatDate, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const editionId = params.get('edition') || null;
  const [editions] = useQuery({ query: UPCOMING_EDITIONS });
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PARTNER_MATCHES,
    variables: { projectId, editionId, lang },
    requestPolicy: 'cache-and-network',
  });
  const options = (editions.data?.festivalEditions.edges ?? [])
    .map((edge) => edge.node)
    .filter((edition) => !edition.cancelled)
    // The project's target editions first, then the calendar order the API gives.
    .sort((a, b) => Number(preferredEditionIds.includes(b.id)) - Number(preferredEditionIds.includes(a.id)));

  return (
    <section className="matches" id="matches" aria-labelledby="matches-title">
      <h2 id="matches-title">{t('match.title')}</h2>
      <p className="hint">{t('match.hint')}</p>
      <div className="field">
        <label htmlFor="match-edition">{t('match.edition')}</label>
        <select
          id="match-edition"
          value={editionId ?? ''}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value) next.set('edition', event.target.value);
            else next.delete('edition');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t('match.anyEdition')}</option>
          {options.map((edition) => (
            <option key={edition.id} value={edition.id}>
              {editionLabel(edition)} ({formatDate(edition.startsOn)})
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite" aria-busy={fetching}>
        {fetching && !data ? (
          <Loading />
        ) : error || !data ? (
          <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : data.partnerMatches.length === 0 ? (
          <Empty title={t('match.empty')} />
        ) : (
          <MatchList projectId={projectId} matches={data.partnerMatches} />
        )}
      </div>
    </section>
  );
}
