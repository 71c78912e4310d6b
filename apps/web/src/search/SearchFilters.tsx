import { useMemo, useState } from 'react';
import type { Lang } from '../i18n/i18n';
import { translate, useI18n } from '../i18n/i18n';
import { enumLabel, languageName } from '../i18n/enum-labels';
import { fr, type MessageKey } from '../i18n/fr';
import type { SearchLookups } from './SearchPage';
import {
  DEFAULT_RADIUS_KM,
  emptyFilters,
  FACET_FILTERS,
  FacetFilter,
  isFacetFilter,
  SearchState,
  toggleFilter,
} from './search-url';

const FRENCH = new Intl.Collator('fr');

interface Facet {
  name: string;
  values: { value: string; count: number }[];
}

const SHOWN_VALUES = 6;

export function facetValueLabel(
  lang: Lang,
  facet: string,
  value: string,
  lookups: SearchLookups | undefined,
): string {
  switch (facet) {
    case 'kinds':
    case 'companyKinds':
      return enumLabel(lang, value);
    case 'festivalKinds': {
      const key = `festivalKind.${value}`;
      return key in fr ? translate(lang, key as MessageKey) : value;
    }
    case 'languages':
      return languageName(lang, value);
    case 'crafts': {
      const craft = lookups?.crafts.find((c) => c.slug === value);
      return craft ? (lang === 'fr' ? craft.labelFr : craft.labelEn) : value;
    }
    case 'sites':
      return lookups?.sites.edges.find((edge) => edge.node.slug === value)?.node.name ?? value;
    default:
      return value;
  }
}

function FacetGroup({
  facet,
  state,
  lookups,
  onChange,
}: {
  facet: Facet & { name: FacetFilter };
  state: SearchState;
  lookups: SearchLookups | undefined;
  onChange(next: SearchState): void;
}) {
  const { t, lang } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const filter = facet.name;
  const selected = state.filters[filter];
  // Selected values stay listed (to be unticked) even when the current results no longer count them.
  const values = [
    ...facet.values,
    ...selected
      .filter((value) => !facet.values.some((v) => v.value === value))
      .map((value) => ({ value, count: 0 })),
  ];
  const shown = expanded ? values : values.slice(0, SHOWN_VALUES);
  const legendId = `facet-${facet.name}`;
  return (
    <fieldset className="facet" aria-labelledby={legendId}>
      <legend id={legendId}>{t(`facet.${facet.name}` as MessageKey)}</legend>
      <ul>
        {shown.map(({ value, count }) => {
          const id = `facet-${facet.name}-${value}`;
          return (
            <li key={value}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(value)}
                onChange={() => onChange(toggleFilter(state, filter, value))}
              />
              <label htmlFor={id}>
                {facetValueLabel(lang, facet.name, value, lookups)} <span className="count">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {values.length > SHOWN_VALUES && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('facet.less') : t('facet.more')}
        </button>
      )}
    </fieldset>
  );
}

export function SearchFilters({
  id,
  state,
  facets,
  lookups,
  onChange,
}: {
  id: string;
  state: SearchState;
  facets: Facet[];
  lookups: SearchLookups | undefined;
  onChange(next: SearchState): void;
}) {
  const { t } = useI18n();
  const nearValue = state.near ? `${state.near.kind}:${state.near.key}` : '';
  const shownFacets = facets
    .filter(
      (facet): facet is Facet & { name: FacetFilter } =>
        isFacetFilter(facet.name) && (facet.values.length > 0 || state.filters[facet.name].length > 0),
    )
    .sort((a, b) => FACET_FILTERS.indexOf(a.name) - FACET_FILTERS.indexOf(b.name));
  // About 1,500 options: built once per lookups, so a keystroke in the search box does not sort and diff them again.
  const nearOptions = useMemo(() => {
    const communes = [...(lookups?.communes ?? [])].sort((a, b) => FRENCH.compare(a.name, b.name));
    return (
      <>
        <option value="">{t('search.near.none')}</option>
        <optgroup label={t('search.near.sites')}>
          {lookups?.sites.edges.map(({ node }) => (
            <option key={node.slug} value={`site:${node.slug}`}>
              {node.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('search.near.communes')}>
          {communes.map((commune) => (
            <option key={commune.id} value={`commune:${commune.id}`}>
              {commune.name} ({commune.postcode})
            </option>
          ))}
        </optgroup>
      </>
    );
  }, [lookups, t]);
  return (
    <aside id={id} className="search-filters" aria-label={t('search.filters')}>
      <h2>{t('search.filters')}</h2>
      <div className="field">
        <label htmlFor="near">{t('search.near')}</label>
        <select
          id="near"
          value={nearValue}
          onChange={(event) => {
            const match = /^(site|commune):(.+)$/.exec(event.target.value);
            onChange({
              ...state,
              near: match ? { kind: match[1] as 'site' | 'commune', key: match[2] } : null,
              after: null,
            });
          }}
        >
          {nearOptions}
        </select>
      </div>
      {state.near && (
        <div className="field">
          <label htmlFor="radius">{t('search.radius')}</label>
          <input
            id="radius"
            type="number"
            min={1}
            max={500}
            step={5}
            value={state.radiusKm}
            onChange={(event) =>
              onChange({ ...state, radiusKm: Number(event.target.value) || DEFAULT_RADIUS_KM, after: null })
            }
          />
        </div>
      )}
      <fieldset className="field availability">
        <legend>{t('search.availability')}</legend>
        <p className="hint" id="availability-hint">
          {t('search.availabilityHint')}
        </p>
        <label htmlFor="available-from">{t('search.availableFrom')}</label>
        <input
          id="available-from"
          type="date"
          aria-describedby="availability-hint"
          value={state.from}
          onChange={(event) => onChange({ ...state, from: event.target.value, after: null })}
        />
        <label htmlFor="available-to">{t('search.availableTo')}</label>
        <input
          id="available-to"
          type="date"
          aria-describedby="availability-hint"
          min={state.from || undefined}
          value={state.to}
          onChange={(event) => onChange({ ...state, to: event.target.value, after: null })}
        />
      </fieldset>
      {shownFacets.map((facet) => (
        <FacetGroup key={facet.name} facet={facet} state={state} lookups={lookups} onChange={onChange} />
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          onChange({ ...state, filters: emptyFilters(), near: null, from: '', to: '', after: null })
        }
      >
        {t('search.clearFilters')}
      </button>
    </aside>
  );
}
