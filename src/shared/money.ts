// Pounds as staff read them, the same in emails (Apps Script) and in the sidebar (the browser).

/** "£12,345.60": pence always shown, thousands separated (no Intl: the same on every runtime). */
export function pounds(amount: number): string {
  const [whole = '0', pence = '00'] = amount.toFixed(2).split('.');
  return `£${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}
