// What editors can use inside MDX without importing it.
import Num from './Num.astro';
import Art from './Art.astro';
import Chart from './Chart.astro';

export const mdxComponents = { Num, Art, Chart };
