import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="profile-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Chips({ items }: { items: string[] }) {
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  );
}

export function InternalLinks({ items }: { items: { to: string; label: string; detail?: string }[] }) {
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.to}>
          <Link to={item.to}>{item.label}</Link>
          {item.detail && <span className="detail"> · {item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Where reference data comes from: links for web addresses, plain text for the rest (a report, a decree). */
export function SourceList({ sources }: { sources: string[] }) {
  return (
    <ul className="link-list">
      {sources.map((source) => (
        <li key={source}>
          {/^https?:/.test(source) ? <ExternalLink href={source}>{source}</ExternalLink> : source}
        </li>
      ))}
    </ul>
  );
}
