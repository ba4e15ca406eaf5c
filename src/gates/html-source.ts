/** Placeholders and blank space before a doctype or `<html>` at the start of a template. */
const LEADING_BLOCKS = /^(?:\s*php)+(?=\s*(?:<!doctype\s|<html[\s>]))/i;

/**
 * The static markup of a page or a PHP template, with line numbers kept. PHP blocks
 * (`<?php … ?>`, `<?= … ?>`, and an unclosed block at the end) are replaced by a short
 * placeholder plus the block's own line breaks, so every line of the result is the same line
 * of the source: a finding's line points into the file the author edited.
 */
export function staticMarkup(path: string, content: string): string | undefined {
  if (/\.html?$/i.test(path)) return content;
  if (!/\.php$/i.test(path)) return undefined;
  const markup = content.replace(/<\?(?:php\b|=)?[\s\S]*?(?:\?>|$(?![\s\S]))/g, (block) => {
    const breaks = block.replace(/[^\n]/g, '');
    return `php${breaks}`;
  });
  // A PHP file with no markup outside its PHP blocks is code, not a template.
  if (!/<[a-zA-Z][^>]*>/.test(markup)) return undefined;
  // Blocks before the document begins (`<?php defined( 'ABSPATH' ) || exit; ?>` above the
  // doctype, as most templates start) print nothing there: a placeholder would be text before
  // the doctype, which no parser reads as a document.
  return markup.replace(LEADING_BLOCKS, (lead) => lead.replace(/php/g, ''));
}

/** Whether the markup is a whole document (axe's document rules apply) or a fragment. */
export function isDocument(markup: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(markup);
}
