import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * One group of the header's navigation: a native disclosure (<details>), so it opens with Enter or Space and by
 * touch without script, and its links stay in the tab order once open. Closes on Escape (focus back on its
 * summary), when a link in it is followed, and when focus or a click goes elsewhere.
 */
export function NavMenu({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [location.pathname]);
  useEffect(() => {
    const close = (event: Event) => {
      const element = details.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener('click', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  return (
    <details className="nav-menu" ref={details} onKeyDown={onKeyDown}>
      <summary id={`${id}-label`}>{label}</summary>
      <ul className="nav-menu-list" aria-labelledby={`${id}-label`}>
        {children}
      </ul>
    </details>
  );
}
