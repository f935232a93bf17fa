import { Text } from '@mantine/core';
import { Fragment } from 'react';

/** The few entities an HTML-escaped excerpt may carry, back to their characters. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Splits the api's excerpt on its <mark>…</mark> around the words found: every piece becomes a
 * text node (React escapes it), the words found a <mark>. No HTML of the document is ever parsed.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      return { text: unescape(marked ? part.slice(6, -7) : part), marked };
    });
}

export function HighlightedExcerpt({ excerpt }: { excerpt: string }) {
  return (
    <Text size="sm">
      {excerptParts(excerpt).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </Text>
  );
}
