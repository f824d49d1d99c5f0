import { mdxToMdast } from 'satteri';

/** What is wrong, and on which line of the source (1-based). */
export class InlineMdxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** Props as written in MDX: `id="a.b"` gives a string, `n={19}` a number, a bare `start` true. */
export type InlineProps = Record<string, string | number | true>;

/** A component's HTML, from its props and its children (already converted, as Markdown). */
export type InlineComponent = (props: InlineProps, children: string) => string;

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset: number; line: number }; end: { offset: number } };
}

function props(node: Node, line: number): InlineProps {
  const out: InlineProps = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      throw new InlineMdxError(line, `<${node.name} {...}> spreads props; write each prop out`);
    }
    const { name, value } = attribute;
    if (typeof value === 'string') out[name] = value;
    else if (value === null || value === undefined) out[name] = true;
    else if (value && typeof value === 'object' && 'value' in value && /^\s*-?\d+(\.\d+)?\s*$/.test(String(value.value))) {
      out[name] = Number(value.value);
    } else {
      throw new InlineMdxError(line, `<${node.name} ${name}=…> expects text ("…"), a number ({19}) or nothing (a bare flag)`);
    }
  }
  return out;
}

function render(component: InlineComponent, node: Node, line: number, inner: string): string {
  try {
    return component(props(node, line), inner);
  } catch (error) {
    if (error instanceof InlineMdxError) throw error;
    throw new InlineMdxError(line, (error as Error).message);
  }
}

/**
 * MDX that uses only the given inline components, as Markdown in which each
 * component is replaced by its HTML. The MDX is parsed by a real MDX parser
 * (satteri, as @astrojs/mdx does), so positions are exact; anything else MDX
 * can do (imports, `{expressions}`, other components) is an error naming the
 * line, never silently dropped.
 *
 * Why: such a file can then be rendered as Markdown once, when content is
 * loaded, instead of becoming a JavaScript module the bundler must compile
 * (thousands of stories made the build slow and heavy).
 * @example inlineMdx('Since <Y />.', { Y: () => '2015' }) // 'Since 2015.'
 */
export function inlineMdx(source: string, components: Readonly<Record<string, InlineComponent>>, lineOffset = 0): string {
  let root: Node;
  try {
    root = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    // The parser's messages start "line:column: ".
    const [, line = '1', reason = String(error)] = /^(\d+):\d+: ([\s\S]*)$/.exec((error as Error).message) ?? [];
    throw new InlineMdxError(Number(line) + lineOffset, reason);
  }
  const replacements: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === 'mdxjsEsm') throw new InlineMdxError(line, 'import/export is not available here');
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new InlineMdxError(line, '{…} expressions are not available here (write "\\{" for a brace)');
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const component = components[name];
      if (!component) {
        const known = Object.keys(components).map((c) => `<${c}>`).join(', ');
        throw new InlineMdxError(line, `<${name || '>'}…> is not available here; use ${known}`);
      }
      if (!node.position) throw new InlineMdxError(line, `<${name}> has no position`);
      const kids = node.children ?? [];
      const first = kids[0]?.position;
      const last = kids.at(-1)?.position;
      const inner = first && last ? inlineMdx(source.slice(first.start.offset, last.end.offset), components, first.start.line - 1 + lineOffset) : '';
      replacements.push({ start: node.position.start.offset, end: node.position.end.offset, text: render(component, node, line, inner) });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  let out = source;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
