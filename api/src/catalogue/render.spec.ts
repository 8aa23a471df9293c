import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render.js';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and safe links', () => {
    const html = renderMarkdown('Un **mot de passe** :\n\n- long\n- unique\n\n[CNIL](https://www.cnil.fr)');

    expect(html).toContain('<strong>mot de passe</strong>');
    expect(html).toContain('<li>long</li>');
    expect(html).toContain('<a href="https://www.cnil.fr" rel="noopener noreferrer" target="_blank">CNIL</a>');
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['[x](javascript:alert(1))', 'javascript:'],
    ['<iframe src="https://example.org"></iframe>', '<iframe'],
    ['<a href="https://e.org" onclick="steal()">x</a>', 'onclick'],
    ['<style>body{display:none}</style>', '<style'],
  ])('removes injected markup from %s', (markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toContain(forbidden);
  });
});
