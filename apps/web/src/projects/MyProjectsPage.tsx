import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../components/StateViews';
import { enumLabel } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { MY_PROJECTS } from './projects.queries';

export default function MyProjectsPage() {
  const { t, lang } = useI18n();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MY_PROJECTS,
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className="narrow my-projects">
      <div className="page-title">
        <h1>{t('myProjects.title')}</h1>
        <Link className="button primary" to="/me/projects/new">
          {t('myProjects.new')}
        </Link>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data.projects.edges.length === 0 ? (
        <Empty title={t('myProjects.empty')} hint={t('myProjects.emptyHint')} />
      ) : (
        <ul className="results project-list">
          {data.projects.edges.map(({ node }) => (
            <li key={node.id} className="result">
              <h2 id={`my-project-${node.id}`}>
                <Link to={`/projects/${node.slug}`}>{node.title}</Link>
              </h2>
              <p className="subtitle">
                {enumLabel(lang, node.format)} · {t(`project.stage.${node.stage}`)}
                {node.ownerCompany && ` · ${node.ownerCompany.name}`}
              </p>
              <p>{node.logline}</p>
              <p className="meta">
                {t(`project.visibility.${node.visibility}`)} ·{' '}
                <Link to={`/me/projects/${node.slug}/edit`} aria-describedby={`my-project-${node.id}`}>
                  {t('project.edit')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
