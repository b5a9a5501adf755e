/** Tags as the save form edits them: one text field, comma-separated. */
export function tagsFromText(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
}

export function tagsToText(tags: readonly string[]): string {
  return tags.join(', ');
}
