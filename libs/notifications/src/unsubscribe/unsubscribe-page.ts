/** The small bilingual pages of the unsubscribe link (French first, the default language). */
export function unsubscribePage(state: 'confirm' | 'done' | 'refused', token = ''): string {
  const body = {
    confirm: `<p>Ne plus recevoir ce type de message ? / Stop receiving this kind of message?</p>
<form method="post" action="?token=${encodeURIComponent(token)}"><button type="submit">Me désabonner / Unsubscribe</button></form>`,
    done: `<p>C’est fait : vous ne recevrez plus ce type de message. / Done: you will no longer receive this kind of message.</p>`,
    refused: `<p>Ce lien de désabonnement n’est pas valide (il a peut-être été modifié). / This unsubscribe link is not valid (it may have been altered).</p>`,
  }[state];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Crossroads</title></head><body>${body}</body></html>`;
}
