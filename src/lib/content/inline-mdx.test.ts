import { describe, expect, it } from 'vitest';
import { inlineMdx, InlineMdxError, type InlineComponent } from './inline-mdx';
import { inlineComponents } from '../../components/mdx/inline';

const components: Record<string, InlineComponent> = {
  Y: ({ v }) => `<b>${String(v)}</b>`,
  L: ({ to }, children) => `<a href="${String(to)}">${children || 'link'}</a>`,
};

describe('inlineMdx', () => {
  it('replaces components with their HTML and leaves the Markdown as written', () => {
    expect(inlineMdx('Since <Y v={2015} />, **more**.\n\n## Next\n', components)).toBe('Since <b>2015</b>, **more**.\n\n## Next\n');
  });

  it('passes text props and converted children, in any script', () => {
    expect(inlineMdx('Қазақ <L to="/kk/">тілі <Y v="1" /></L>!', components)).toBe('Қазақ <a href="/kk/">тілі <b>1</b></a>!');
    expect(inlineMdx('<L to="/a/" />', components)).toBe('<a href="/a/">link</a>');
  });

  it('fails, naming the line, for what Markdown cannot carry', () => {
    const fail = (source: string) => {
      try {
        inlineMdx(source, components);
      } catch (error) {
        return error instanceof InlineMdxError ? `${error.line}: ${error.reason}` : `other: ${String(error)}`;
      }
      return 'no error';
    };
    expect(fail('One\n\nTwo <Chart id="x" />')).toBe('3: <Chart…> is not available here; use <Y>, <L>');
    expect(fail('A {1 + 1} B')).toMatch(/^1: \{…\} expressions are not available/);
    expect(fail("import X from './x'\n\nText")).toBe('1: import/export is not available here');
    expect(fail('<Y v={a + b} />')).toMatch(/^1: <Y v=…> expects text/);
    expect(fail('<Y {...p} />')).toMatch(/spreads props/);
    expect(fail('One\n\nA <L to="/">two\nthree <Nope /></L>')).toBe('4: <Nope…> is not available here; use <Y>, <L>');
    expect(fail('One\n\nA <L to="/">two')).toMatch(/^3: Expected a closing tag for `<L>`/);
  });
});

describe('inlineComponents (stories)', () => {
  const en = inlineComponents('en', '/');
  it('writes what Num.astro and Art.astro write', () => {
    expect(inlineMdx('<Art n={19} /> and <Art n={12}>your *views*</Art>', en)).toBe(
      '<a href="/en/rights/articles/19/">Article 19</a> and <a href="/en/rights/articles/12/">your *views*</a>',
    );
    expect(inlineMdx('<Num id="nvn.directorYears" />', en)).toMatch(/^<span class="whitespace-nowrap">\d+<\/span>$/);
    expect(inlineMdx('<Art n={3} />', inlineComponents('kk', '/volunteers/'))).toBe('<a href="/volunteers/kk/rights/articles/3/">3-бап</a>');
  });

  it('names an article as running text does, and capitalised where the reference opens a sentence', () => {
    const es = inlineComponents('es', '/');
    const ru = inlineComponents('ru', '/');
    expect(inlineMdx('El <Art n={12} /> dice (<Art n={13} />).', es)).toBe(
      'El <a href="/es/rights/articles/12/">artículo 12</a> dice (<a href="/es/rights/articles/13/">artículo 13</a>).',
    );
    expect(inlineMdx('Так говорит <Art n={12} />. <Art n={3} start /> требует…', ru)).toBe(
      'Так говорит <a href="/ru/rights/articles/12/">статья 12</a>. <a href="/ru/rights/articles/3/">Статья 3</a> требует…',
    );
    expect(inlineMdx('в <Art n={2}>статье 2</Art>', ru)).toBe('в <a href="/ru/rights/articles/2/">статье 2</a>');
    expect(inlineMdx('<Art n={12} start />', en)).toBe('<a href="/en/rights/articles/12/">Article 12</a>');
    expect(() => inlineMdx('<Art n={12} start="yes" />', en)).toThrow(/start is a bare flag/);
  });

  it('fails for an unknown figure or article, naming the line', () => {
    expect(() => inlineMdx('\n<Num id="no.such" />', en)).toThrow(/line 2: <Num id="no.such" \/>: there is no figure/);
    expect(() => inlineMdx('<Art n={55} />', en)).toThrow(/line 1: <Art n=\{55\} \/>: the Convention has articles 1 to 54/);
  });
});
