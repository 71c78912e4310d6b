/** What a person needs once `npm start` is up: where to go and whom to sign in as. */
export interface StartBannerInput {
  webUrl: string;
  graphqlUrl: string;
  /** The mail catcher's inbox (MAIL_INBOX_URL), when mail is set up. */
  mailInboxUrl?: string | null;
  /** Demo accounts, when demo data is seeded. */
  personas?: readonly { email: string; tryEn: string }[];
  password?: string;
}

/** The one block the start ends with, as plain lines (no colours: it is also read in log files). */
export function startBanner(input: StartBannerInput): string {
  const rows: [string, string][] = [
    ['Web app', input.webUrl],
    ['GraphQL', input.graphqlUrl],
  ];
  if (input.mailInboxUrl) rows.push(['Mail inbox', input.mailInboxUrl]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    '',
    'Crossroads is ready',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
  ];
  if (input.personas?.length) {
    lines.push('', `Demo accounts (password ${input.password ?? 'DEMO_PASSWORD'}):`);
    const emailWidth = Math.max(...input.personas.map((p) => p.email.length));
    for (const persona of input.personas)
      lines.push(`  ${persona.email.padEnd(emailWidth)}  ${persona.tryEn}`);
  }
  return `${lines.join('\n')}\n\n`;
}
