import { KeyboardEvent, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { SEARCH_TABS, SearchTab } from './search-url';

/** Type tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs). */
export function SearchTabs({ value, onChange }: { value: SearchTab; onChange(tab: SearchTab): void }) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = SEARCH_TABS.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (target < 0) return;
    event.preventDefault();
    refs.current[target]?.focus();
    onChange(SEARCH_TABS[target]);
  };
  return (
    <div className="search-tabs" role="tablist" aria-label={t('search.tabs')}>
      {SEARCH_TABS.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={tab === value}
          aria-controls="search-results"
          tabIndex={tab === value ? 0 : -1}
          onClick={() => onChange(tab)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {t(`search.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
