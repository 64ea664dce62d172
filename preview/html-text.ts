// Text put into HTML the server writes: every character that could start markup or end an attribute.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
