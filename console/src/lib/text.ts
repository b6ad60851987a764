/** Lower case without diacritics, đ as d: "Trảng Bàng" → "trang bang", so a search finds it typed either way. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Whether every word of the query is found in the text, both folded. */
export function matches(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}
