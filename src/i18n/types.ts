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
  // Hubs (issue 4): directory, map, nearest-hub finder, hub pages and events.
  /** Heading over the map of the hubs. */
  'hubs.map.title': string;
  /** Text alternative of the map of Kazakhstan; {hubs} is the list of hub cities. */
  'hubs.map.alt': string;
  /** Text alternative of the small map on a hub page; {city} is the hub's city. */
  'hubs.map.altOne': string;
  /** Credit line before the link to the boundary data's maker (amCharts). */
  'hubs.map.credit': string;
  /** Link to the licence of the boundary data. */
  'hubs.map.licence': string;
  /** Under the map: the points are city centres, not addresses. */
  'hubs.map.note': string;
  /** Name of Yandex's map service in this language. */
  'hubs.map.yandex': string;
  /** Name of Google's map service in this language. */
  'hubs.map.google': string;
  /** Heading over the list of all hubs; also the link back to it. */
  'hubs.list.title': string;
  /** Heading of the nearest-hub finder. */
  'hubs.finder.title': string;
  /** Finder: what to do. */
  'hubs.finder.intro': string;
  /** Finder: heading over the three cities of republican significance. */
  'hubs.finder.cities': string;
  /** Finder: heading over the 17 regions. */
  'hubs.finder.regions': string;
  /** Button: find the nearest hub from the device's position (shown only with JavaScript). */
  'hubs.finder.locate': string;
  /** Next to the location button: the position never leaves the device. */
  'hubs.finder.privacy': string;
  /** Status while the browser finds the position. */
  'hubs.finder.locating': string;
  /** Result of "use my location"; {city} is the hub's city, {distance} a formatted distance. */
  'hubs.finder.result': string;
  /** The reader refused access to their position. */
  'hubs.finder.denied': string;
  /** The position could not be found (no signal, timeout, not supported). */
  'hubs.finder.error': string;
  /** Title of a region's answer page; {region} is the region's or city's name. */
  'hubs.near.title': string;
  /** Meta description of a region's answer page; {region} as above. */
  'hubs.near.description': string;
  /** The hub is in the region's own centre or city; {city} is its city. */
  'hubs.near.here': string;
  /** How far the hub is; {distance} is a formatted distance. */
  'hubs.near.distance': string;
  /** Heading over the other hubs, nearest first. */
  'hubs.near.others': string;
  /** Link back to the list of regions. */
  'hubs.near.back': string;
  /** Heading of the facts box on a hub page. */
  'hubs.facts.title': string;
  /** Facts box: city. */
  'hubs.facts.city': string;
  /** Facts box: region. */
  'hubs.facts.region': string;
  /** Facts box, region of a hub in Astana, Almaty or Shymkent. */
  'hubs.facts.republicanCity': string;
  /** Facts box: when the hub opened. */
  'hubs.facts.opened': string;
  /** Facts box: who the hub is for. */
  'hubs.facts.audience': string;
  /** Facts box: partner organisations. */
  'hubs.facts.partners': string;
  /** Facts box: street address (only when published). */
  'hubs.facts.address': string;
  /** Facts box: opening hours (only when published). */
  'hubs.facts.hours': string;
  /** Facts box: contact (only when published). */
  'hubs.facts.contact': string;
  /** Facts box when address, hours and contact are unknown; a link to UNICEF Kazakhstan's website follows. */
  'hubs.facts.unpublished': string;
  /** Link text to UNICEF Kazakhstan's website. */
  'hubs.facts.officialSite': string;
  /** Heading over the six training directions. */
  'hubs.directions.title': string;
  /** Sentence before the six directions (no claim that training is free: only the Kokshetau source says so). */
  'hubs.directions.intro': string;
  /** Training direction 1 (Kokshetau launch article). */
  'hubs.direction.rights': string;
  /** Training direction 2. */
  'hubs.direction.violence': string;
  /** Training direction 3. */
  'hubs.direction.health': string;
  /** Training direction 4. */
  'hubs.direction.eco': string;
  /** Training direction 5. */
  'hubs.direction.skills': string;
  /** Training direction 6. */
  'hubs.direction.mission': string;
  /** Hub page: heading over the small map and the map links. */
  'hubs.onMap.title': string;
  /** Before the links to 2GIS, Yandex, Google and OpenStreetMap. */
  'hubs.onMap.open': string;
  /** Under the small map; {city} is the hub's city. */
  'hubs.onMap.cityNote': string;
  /** Heading over events (hub pages, the hubs page). */
  'hubs.events.title': string;
  /** Heading over upcoming events. */
  'hubs.events.upcoming': string;
  /** Heading over past events. */
  'hubs.events.past': string;
  /** No upcoming event is known. */
  'hubs.events.none': string;
  /** Link to one event's .ics file. */
  'hubs.events.calendar': string;
  /** Link to a hub's .ics file with all its events. */
  'hubs.events.hubCalendar': string;
  /** Event page: label before the date. */
  'hubs.events.when': string;
  /** Event page: label before the place. */
  'hubs.events.where': string;
  /** Event page: label before the hub. */
  'hubs.events.hub': string;
  /** Event known only to the month (page and calendar file). */
  'hubs.events.monthOnly': string;
  /** Event known only to the year (page and calendar file). */
  'hubs.events.yearOnly': string;
  /** Event with a time: the time zone. */
  'hubs.events.timeZone': string;
  /** Name of a hub's calendar file; {hub} is the hub's title. */
  'hubs.events.calendarName': string;
  /** Hub page: heading over stories about this hub. */
  'hubs.stories.title': string;
  /** A distance in kilometres; {km} is the number as the language writes it (browsers lack Intl unit names for Kazakh). */
  'hubs.distance': string;
  /** Section index: stories description. */
  'stories.description': string;
  /** Search page: the list of all pages by section (what readers without JavaScript get). */
  'search.description': string;
  /** Count of pages in a list. */
  'list.count': Plural;
  /** "Read more" link text. */
  'list.readMore': string;
  /** "Article {n}" where it opens a line, a heading or a sentence: lists ("Article 12. Title"), article pages, `<Art n start />`. */
  'crc.article': string;
  /** "Article {n}" inside a sentence, as the language writes it there (`<Art n={12} />`): ES «artículo 12» (the editor writes «el»/«del» before it), RU «статья 12», KK «12-бап». */
  'crc.articleInline': string;
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
  /** Before the printed address and QR code of an article page (child-facing, so the page shows `crc.qr.informal`). */
  'crc.qr': string;
  'crc.explainers': string;
  'help.title': string;
  'help.body': string;
  'help.call': string;
  'exit.label': string;
  'exit.hint': string;
  /** Stories, their lists, sharing and feeds. */
  /** Reading time of a story (plural-aware). */
  'story.readingTime': Plural;
  'story.editorial': string;
  'story.by': string;
  'story.hub': string;
  'story.topics': string;
  'story.related': string;
  'story.articles': string;
  'story.coverCredit': string;
  'story.byHub': string;
  'story.byTopic': string;
  'story.all': string;
  'story.fromHub': string;
  'story.aboutTopic': string;
  /** Count of stories in a list (plural-aware). */
  'story.count': Plural;
  'story.crcStories': string;
  'pagination.label': string;
  'pagination.previous': string;
  'pagination.next': string;
  'pagination.page': string;
  'topic.hubs': string;
  'topic.rights': string;
  'topic.history': string;
  'topic.volunteering': string;
  'topic.bekind': string;
  'topic.plastic-free': string;
  'topic.environment': string;
  'topic.schools': string;
  'topic.campaigns': string;
  'share.title': string;
  'share.email': string;
  'share.copy': string;
  'share.copied': string;
  'share.native': string;
  'share.card': string;
  'share.newWindow': string;
  'feed.title': string;
  'feed.label': string;
  /** Published date label; {date} is the formatted date. */
  'date.published': string;
  // Site search (issue 6): the header dialog and the search page.
  /** Heading of the search dialog and of the search form on the search page. */
  'search.title': string;
  /** Label of the search field. */
  'search.label': string;
  /** Button that runs the search on the search page. */
  'search.submit': string;
  /** Button that closes the search dialog. */
  'search.close': string;
  /** How to open search from the keyboard; {keys} is the list of keys. */
  'search.shortcut': string;
  /** Label of the section filter. */
  'search.section': string;
  /** First option of the section filter: no filtering. */
  'search.anySection': string;
  /** Label of the hub filter. */
  'search.hub': string;
  /** First option of the hub filter: no filtering. */
  'search.anyHub': string;
  /** Shown while the search loads. */
  'search.loading': string;
  /** How many pages the search found; {n} is the number. */
  'search.count': Plural;
  /** Nothing found; {q} is what the reader typed. */
  'search.none': string;
  /** The query had a typo and was corrected; {q} is the corrected query. */
  'search.corrected': string;
  /** The search could not load (offline, blocked). */
  'search.error': string;
  /** Link to the list of all pages by section (the search page). */
  'search.browse': string;
  /** Label of a result's section, before its name (read by screen readers). */
  'search.inSection': string;
  /** Button under the search results that shows the next few. */
  'search.more': string;
  // Informal twins (ты, сен, tú) of the texts shared components print (footer, QR label, 111 help box), for the
  // child-facing rights pages; the plain keys are for formal pages (вы, сіз). `t` made with the 'informal'
  // register gives the twin (src/i18n/index.ts, src/i18n/register.ts).
  'footer.privacy.informal': string;
  'crc.qr.informal': string;
  'help.title.informal': string;
  'help.body.informal': string;
  // Translation status (issue 15): the notice on an outdated translation, and the editors' status page.
  /** On a translation made from an older English text; {date} is the day the English page changed. */
  'notice.outdated': string;
  /** The same, when the English page gives no date. */
  'notice.outdated.undated': string;
  /** Label before the link to the English page (its title follows). */
  'notice.outdated.source': string;
  /** The status page: title, description, what it shows and how editors mark a translation. */
  'status.title': string;
  'status.description': string;
  'status.intro': string;
  /** Heading of the counts by section and language. */
  'status.summary': string;
  'status.section': string;
  'status.language': string;
  /** Column headings of the counts. */
  'status.col.current': string;
  'status.col.outdated': string;
  'status.col.missing': string;
  /** A translation's state in the list of pages. */
  'status.current': string;
  'status.outdated': string;
  'status.missing': string;
  /** After an outdated state; {date} is the day the English page changed. */
  'status.since': string;
  /** Heading of the list of translations to update. */
  'status.details': string;
  'status.page': string;
  'status.allCurrent': string;
  /** Names of the two collections that are not sections: the Convention's articles and the interface strings. */
  'status.crc': string;
  'status.ui': string;
  // Issue 16: link-preview cards, the accessibility statement and the privacy page.
  /** Alt text of a page's drawn link-preview card: the line over its title, and its title. */
  'og.alt': string;
  /** Added to the alt text of a card with the map: the hub cities it marks (a list). */
  'og.mapAlt': string;
  /** Footer link to the accessibility statement. */
  'footer.accessibility': string;
  /** Footer link to the privacy page. */
  'footer.privacyPage': string;
  /** Label of the footer's list of links to the accessibility and privacy pages. */
  'footer.pages': string;
  /** Title of the accessibility statement. */
  'accessibility.title': string;
  /** Description (50–200 characters). */
  'accessibility.description': string;
  /** Heading. */
  'accessibility.standard.title': string;
  /** What the site meets. */
  'accessibility.standard.body': string;
  /** Heading. */
  'accessibility.checks.title': string;
  /** Before the list of checks. */
  'accessibility.checks.intro': string;
  /** One check. */
  'accessibility.checks.axe': string;
  /** One check. */
  'accessibility.checks.html': string;
  /** One check. */
  'accessibility.checks.keyboard': string;
  /** One check. */
  'accessibility.checks.lighthouse': string;
  /** After the list of checks. */
  'accessibility.checks.note': string;
  /** Heading. */
  'accessibility.limits.title': string;
  /** One limit. */
  'accessibility.limits.fallback': string;
  /** One limit. */
  'accessibility.limits.search': string;
  /** One limit. */
  'accessibility.limits.sources': string;
  /** Heading. */
  'accessibility.contact.title': string;
  /** What a reader can do; {link} is accessibility.contact.link, a link to UNICEF Kazakhstan's website. */
  'accessibility.contact.body': string;
  /** Link text inside accessibility.contact.body, in the case the sentence needs. */
  'accessibility.contact.link': string;
  /** Title of the privacy page. */
  'privacy.title': string;
  /** Description (50–200 characters). */
  'privacy.description': string;
  /** Heading. */
  'privacy.none.title': string;
  /** One paragraph. */
  'privacy.none.body': string;
  /** Heading. */
  'privacy.storage.title': string;
  /** The one storage key ({key}: its name, src/scripts/language-choice.ts). */
  'privacy.storage.body': string;
  /** Heading. */
  'privacy.location.title': string;
  /** {button} is hubs.finder.locate. */
  'privacy.location.body': string;
  /** Heading. */
  'privacy.logs.title': string;
  /** What access logs usually hold. */
  'privacy.logs.body': string;
  /** When HOST_NAME is set (README, Settings). */
  'privacy.logs.host': string;
  /** When HOST_LOG_DAYS is set. */
  'privacy.logs.days': Plural;
  /** When HOST_LOG_DAYS is not set. */
  'privacy.logs.unknown': string;
  /** The privacy page's section on what offline reading keeps; {saved} is the link to the saved-pages page. */
  'privacy.offline.title': string;
  'privacy.offline.body': string;
  // Offline reading (issue 17): the save button, the saved-pages and offline pages, the saved search.
  /** Short name under the home-screen icon (web app manifest). */
  'app.shortName': string;
  /** Button on every page: keep this page for reading without a connection (no вы/ты: rights pages too). */
  'offline.save': string;
  /** The same button once the page is saved. */
  'offline.remove': string;
  /** Said when the page is saved (impersonal: shown on rights pages too). */
  'offline.done': string;
  /** Said when a saved page is removed. */
  'offline.removed': string;
  /** Saving or removing did not work (impersonal). */
  'offline.failed': string;
  /** Title of the page shown offline for a page not saved. */
  'offline.title': string;
  /** Text of that page, also its description (50–200 characters). */
  'offline.body': string;
  /** Title of the saved-pages page, and the link to it. */
  'saved.title': string;
  /** Description of the saved-pages page (50–200 characters). */
  'saved.description': string;
  /** First paragraph of the saved-pages page: where saved pages are kept and how they stay current. */
  'saved.intro': string;
  /** Heading: the pages the reader saved. */
  'saved.yours': string;
  /** No saved pages yet. */
  'saved.empty': string;
  /** Heading: the core pages kept after a visit without asking. */
  'saved.core': string;
  /** Button beside a saved page (the page title follows, for screen readers). */
  'saved.remove': string;
  /** Shown without JavaScript or service worker. */
  'saved.noScript': string;
  /** Heading: saving the search for offline use. */
  'saved.search.title': string;
  /** What saving the search does. */
  'saved.search.body': string;
  /** Button; {size} is the size of the index in kilobytes. */
  'saved.search.save': string;
  /** While the search index is saved. */
  'saved.search.saving': string;
  /** Button once the search is saved. */
  'saved.search.remove': string;
  /** Said when the search is saved. */
  'saved.search.done': string;
  /** Said when the saved search is removed. */
  'saved.search.removed': string;
  /** The search cannot load offline and is not saved (impersonal: rights pages too). */
  'search.offline': string;
}
