import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/StateViews';
import { useI18n } from '../../i18n/i18n';
import { RefusedAlert } from './RefusedAlert';
import { ADD_MEMBER, SUGGESTIONS } from './board.queries';
import { memberName } from './member-name';

/** People, companies and projects that fit the edition's festival, explained, each with an add action. */
export function Suggestions({
  editionId,
  delegationId,
  changed,
}: {
  editionId: string;
  delegationId: string;
  changed(): void;
}) {
  const { t, lang } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SUGGESTIONS,
    variables: { editionId, delegationId, lang },
  });
  const [adding, add] = useMutation(ADD_MEMBER);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('delegation.suggestions')}</h2>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={refresh} />
      ) : data.delegationSuggestions.length === 0 ? (
        <Empty title={t('delegation.noSuggestions')} />
      ) : (
        <ul className="claims">
          {data.delegationSuggestions.map((suggestion) => {
            const { name, path } = memberName(suggestion);
            return (
              <li key={`${suggestion.kind}-${suggestion.id}`} className="claim">
                <p className="member-name">
                  {path ? <Link to={path}>{name}</Link> : name}{' '}
                  <span className="badge">{t(`delegation.kind.${suggestion.kind}`)}</span>{' '}
                  <span className="detail">{t('delegation.score', { score: suggestion.score })}</span>
                </p>
                <ul className="hint">
                  {suggestion.reasons.map((reason) => (
                    <li key={`${reason.criterion}-${reason.code}`}>{reason.text}</li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button"
                  disabled={adding.fetching}
                  aria-label={`${t('delegation.add')} ${name}`}
                  onClick={() =>
                    void add({
                      input: {
                        delegationId,
                        kind: suggestion.kind,
                        personId: suggestion.kind === 'PERSON' ? suggestion.id : undefined,
                        companyId: suggestion.kind === 'COMPANY' ? suggestion.id : undefined,
                        projectId: suggestion.kind === 'PROJECT' ? suggestion.id : undefined,
                      },
                    }).then((result) => {
                      if (!result.error) {
                        changed();
                        refresh();
                      }
                    })
                  }
                >
                  {t('delegation.add')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <RefusedAlert error={adding.error} />
    </section>
  );
}
