/**
 * The little Markdown the help pages use, drawn as React elements (never as
 * HTML, so nothing in a page can run): # and ## headings, paragraphs, "- "
 * lists and **bold**. Lines of a paragraph or list item are joined.
 */
import type { ReactNode } from 'react';

function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part, i) =>
      part.startsWith('**') && part.endsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part,
    );
}

type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] };

function blocks(source: string): Block[] {
  const out: Block[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const first = lines[0]!;
    if (first.startsWith('## ')) out.push({ kind: 'h2', text: first.slice(3) });
    else if (first.startsWith('# ')) out.push({ kind: 'h1', text: first.slice(2) });
    else if (first.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      out.push({ kind: 'ul', items });
    } else out.push({ kind: 'p', text: lines.map((l) => l.trim()).join(' ') });
  }
  return out;
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {blocks(source).map((b, i) => {
        switch (b.kind) {
          case 'h1':
            return <h1 key={i}>{inline(b.text)}</h1>;
          case 'h2':
            return <h2 key={i}>{inline(b.text)}</h2>;
          case 'p':
            return <p key={i}>{inline(b.text)}</p>;
          case 'ul':
            return (
              <ul key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>{inline(item)}</li>
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}
