/** Text that depends on a count: one form per CLDR plural category the language uses. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every interface string of the site. Each dictionary `satisfies UIStrings`,
 * so a missing or extra key is a compile error, never a silent English fallback.
 * `{name}` marks a placeholder filled by `t()`.
 */
export interface UIStrings {
  /** Site name in the header, titles and link previews. */
  'site.name': string;
  /** One line under the site name: who runs the site. */
  'site.tagline': string;
  /** Link that jumps over the header to the main content. */
  'a11y.skip': string;
  /** Label of the main navigation landmark. */
  'nav.label': string;
  'nav.home': string;
  /** Section: the youth volunteering programme. */
  'nav.programme': string;
  /** Section: the Convention explained for young people (child-facing). */
  'nav.rights': string;
  /** Section: the regional Volunteer Hubs. */
  'nav.hubs': string;
  /** Section: volunteer stories. */
  'nav.stories': string;
  /** Search button and search page title. */
  'nav.search': string;
  /** Label of the language switcher ("Language"). */
  'nav.language': string;
  /** Footer heading over the source list. */
  'footer.sources': string;
  /** Footer line on what the site is and who made it. */
  'footer.about': string;
  /** Footer line on privacy: no cookies, no tracking. */
  'footer.privacy': string;
  /** Footer line on fonts and credits. */
  'footer.credits': string;
  /** Notice on an untranslated page shown in English. */
  'notice.fallback.en': string;
  /** Notice on an untranslated page shown in Russian (Kazakh pages borrow from Russian first). */
  'notice.fallback.ru': string;
  /** "Sources" line under a page. */
  'page.sources': string;
  /** Label before the date a page was last updated. */
  'page.updated': string;
  /** 404 page title. */
  'notFound.title': string;
  /** 404 page body text. */
  'notFound.body': string;
  /** 404 page link back to the home page. */
  'notFound.back': string;
  /** Root page: invitation to choose a language, written in this language. */
  'chooser.prompt': string;
  /** Root page: label of the browser-suggested language. */
  'chooser.suggested': string;
  /** Home: main heading. */
  'home.title': string;
  /** Home: meta description. */
  'home.description': string;
  /** Home: first paragraph, what the programme is. */
  'home.intro': string;
  /** Home: heading over the key figures. */
  'home.figures': string;
  /** Home: heading over the four paths. */
  'home.paths': string;
  /** Home: path to the programme, one sentence. */
  'home.path.programme': string;
  /** Home: path to the rights section, one sentence. */
  'home.path.rights': string;
  /** Home: path to the hubs, one sentence. */
  'home.path.hubs': string;
  /** Home: path to the stories, one sentence. */
  'home.path.stories': string;
  /** Figure caption: volunteers mobilised in the 2020 pilot. */
  'figure.pilotVolunteers': string;
  /** Figure caption: schoolchildren engaged since the launch. */
  'figure.pilotSchoolchildren': string;
  /** Figure caption: young people who joined since 2020. */
  'figure.movementJoined': string;
  /** Figure caption: number of hub cities. */
  'figure.hubCities': string;
  /** Section index: programme description. */
  'programme.description': string;
  /** Section index: rights description. */
  'rights.description': string;
  /** Section index: hubs description. */
  'hubs.description': string;
  /** Section index: stories description. */
  'stories.description': string;
  /** Search page: the list of all pages by section (what readers without JavaScript get). */
  'search.description': string;
  /** Count of pages in a list. */
  'list.count': Plural;
  /** "Read more" link text. */
  'list.readMore': string;
  /** Label for "Article {n}" of the Convention, used in links. */
  'crc.article': string;
  /** Heading of the all-articles page. */
  'crc.allArticles': string;
  /** Chart captions, table headings and series names (charts drawn at build time). */
  'chart.projects.caption': string;
  'chart.followers.caption': string;
  'chart.nvn.caption': string;
  'chart.table': string;
  'chart.year': string;
  'chart.followers': string;
  'chart.field': string;
  'chart.projects': string;
  'chart.indicator': string;
  'metric.volunteers': string;
  'metric.lessons': string;
  'metric.schools': string;
  'metric.childrenOnline': string;
  'metric.childrenOffline': string;
  'field.social': string;
  'field.environmental': string;
  'field.cultural': string;
  'field.medical': string;
  'field.sports': string;
  'field.other': string;
  /** The Convention: article groups, browsing, article pages, the help box and the quick exit. */
  'crc.group.definition': string;
  'crc.group.general-principles': string;
  'crc.group.civil-rights': string;
  'crc.group.family': string;
  'crc.group.health-welfare': string;
  'crc.group.education-play': string;
  'crc.group.special-protection': string;
  'crc.group.implementation': string;
  'crc.byGroup': string;
  'crc.byNumber': string;
  'crc.related': string;
  'crc.explainer': string;
  'crc.group': string;
  'crc.articlesDescription': string;
  'crc.principle': string;
  'crc.officialText': string;
  'crc.qr': string;
  'crc.explainers': string;
  'help.title': string;
  'help.body': string;
  'help.call': string;
  'help.text': string;
  'exit.label': string;
  'exit.hint': string;
  /** Published date label; {date} is the formatted date. */
  'date.published': string;
}
