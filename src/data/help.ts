import type { SourceId } from './sources';

/**
 * The ways to reach help that the help box (src/components/HelpBox.astro)
 * offers, each with the source that says it works. Add a channel only when a
 * source says how it is reached: the sources say 111 takes requests "by phone
 * or by text" (more-facts.md, Kazinform, 6 November 2025) but not whether a
 * text means an SMS to 111, so there is no `sms:` link.
 */
export interface HelpChannel {
  /** The link the button opens. */
  href: `tel:${string}`;
  /** The button's text: a key of the interface dictionaries. */
  label: 'help.call';
  /** The source that says this channel reaches the service. */
  source: SourceId;
}

export const helpChannels: readonly HelpChannel[] = [{ href: 'tel:111', label: 'help.call', source: 'kazinform-111' }];
