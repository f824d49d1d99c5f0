import { localeCodes, type Locale } from './locales';

type Path<P, T> = { params: P; props?: T };

/**
 * `getStaticPaths` for a route under `[lang]`: the paths `each(lang)` gives, in every language
 * (default: the page once per language). Entry routes use `localizedPaths(collection)`
 * (lib/astro/collections.ts) instead.
 * @example languagePaths((lang) => regionIds.map((region) => ({ params: { region } })))
 */
export async function languagePaths<P extends Record<string, string> = Record<never, string>, T extends object = Record<never, never>>(
  each: (lang: Locale) => readonly Path<P, T>[] | Promise<readonly Path<P, T>[]> = () => [{ params: {} as P }],
): Promise<{ params: P & { lang: Locale }; props: T }[]> {
  const perLanguage = await Promise.all(
    localeCodes.map(async (lang) => (await each(lang)).map((path) => ({ params: { lang, ...path.params }, props: path.props ?? ({} as T) }))),
  );
  return perLanguage.flat();
}
