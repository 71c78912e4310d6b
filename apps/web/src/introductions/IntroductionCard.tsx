import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorAlert } from '../components/ErrorAlert';
import type { MyIntroductionsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ANSWER_INTRODUCTION } from './introductions.queries';

type Introduction = MyIntroductionsQuery['introductions']['edges'][number]['node'];
type Contact = NonNullable<Introduction['requesterContact']>;

function ContactCard({ title, contact }: { title: string; contact: Contact }) {
  return (
    <div className="contact-reveal">
      <p className="missing-title">{title}</p>
      <p>{contact.name}</p>
      {contact.email && (
        <p>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      )}
      {contact.phone && (
        <p>
          <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a>
        </p>
      )}
    </div>
  );
}

/** One introduction; on the company's side a pending one is accepted or declined, with an optional answer. */
export function IntroductionCard({
  introduction,
  side,
}: {
  introduction: Introduction;
  side: 'company' | 'requester';
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [response, setResponse] = useState('');
  const [{ data, error, fetching }, answer] = useMutation(ANSWER_INTRODUCTION);
  const current = { ...introduction, ...data?.answerIntroduction };
  const titleId = `${id}-title`;
  return (
    <li className="intro" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {current.project ? (
          <Link to={`/projects/${current.project.slug}`}>{current.project.title}</Link>
        ) : (
          t('intros.hiddenProject')
        )}
        {' → '}
        {current.company ? (
          <Link to={`/companies/${current.company.slug}`}>{current.company.name}</Link>
        ) : (
          t('intros.company')
        )}
      </h3>
      <p className="meta">
        <span className={`status status-${current.status.toLowerCase()}`}>
          {t(`intros.status.${current.status}`)}
        </span>{' '}
        · {t('intros.on', { date: formatDate(current.createdAt) })}
      </p>
      <blockquote className="intro-message">{current.message}</blockquote>
      {current.response && <p>{t('intros.theirResponse', { text: current.response })}</p>}
      {current.status === 'ACCEPTED' && (
        <div className="contacts">
          {current.requesterContact && (
            <ContactCard title={t('intros.requester')} contact={current.requesterContact} />
          )}
          {current.companyContact && (
            <ContactCard title={t('intros.companyContact')} contact={current.companyContact} />
          )}
        </div>
      )}
      {side === 'company' && current.status === 'PENDING' && (
        <div className="intro-answer">
          <div className="field">
            <label htmlFor={`${id}-response`}>{t('intros.response')}</label>
            <textarea
              id={`${id}-response`}
              maxLength={2000}
              value={response}
              onChange={(event) => setResponse(event.target.value)}
            />
          </div>
          <ErrorAlert error={error} byCode={{ CONFLICT: t('intros.decidedAlready') }} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={fetching}
              aria-describedby={titleId}
              onClick={() => void answer({ id: current.id, accept: true, message: response.trim() || null })}
            >
              {t('intros.accept')}
            </button>
            <button
              type="button"
              className="button"
              disabled={fetching}
              aria-describedby={titleId}
              onClick={() => void answer({ id: current.id, accept: false, message: response.trim() || null })}
            >
              {t('intros.decline')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
