// Types for competence-wheel.js: the <competence-wheel> element, mount(),
// the ratings document and the two events. Hand-written beside element.js
// (wasm-bindgen's own declarations would describe its internal glue, not
// this API); tests/e2e/npm-package.spec.mjs runs `tsc --strict` on a
// consumer that uses all of it and on one that misuses it.

/** What the widget does: read, rate, present, show a group, edit the wheel. */
export type Mode = 'explore' | 'rate' | 'present' | 'group' | 'edit';

/** One part's rating in a ratings document. */
export interface PartRating {
  /** Today's level, 1 … the wheel's number of levels. */
  level?: number;
  /** The wished-for level. */
  target?: number;
  /** A private note (never sent in an event). */
  note?: string;
  /** When it last changed, in milliseconds since 1970. */
  updated: number;
}

/** A snapshot's level and target for one part (notes are not kept). */
export interface SnapshotRating {
  level?: number;
  target?: number;
}

/**
 * A snapshot: the levels and targets on a day, or (`deleted: true`, with no
 * label or ratings) a deletion remembered so that a merge cannot bring it back.
 */
export interface Snapshot {
  label?: string;
  /** When it was taken, in milliseconds since 1970: its identity. */
  taken: number;
  /** When it was last renamed or deleted; the later edit wins a merge. */
  edited?: number;
  deleted?: boolean;
  ratings?: Record<string, SnapshotRating>;
}

/**
 * The ratings document: what `ratings` returns and a saved file holds.
 * Version 2 when there are snapshots, else version 1.
 */
export interface RatingsDocument {
  format: 'competence-wheel-ratings';
  version: 1 | 2;
  /** The id of the wheel the ratings are for. */
  wheel: string;
  /** Ratings by part id. */
  ratings: Record<string, PartRating>;
  /** The person's snapshots, oldest first (version 2). */
  snapshots?: Snapshot[];
}

/**
 * What `ratings` accepts: a ratings document, a map of part id to level
 * (`{ innovation: 4 }`), or either as JSON text.
 */
export type RatingsInput = RatingsDocument | Record<string, number> | string;

/** `competence-wheel-select`'s detail: a dimension or part was opened. */
export interface SelectDetail {
  id: string;
  kind: 'dimension' | 'part';
  title: string;
  /** The id of the dimension (the segment's own id when it is one). */
  dimension: string;
}

/** `competence-wheel-rate`'s detail: a part's level or target changed. */
export interface RateDetail {
  id: string;
  title: string;
  dimension: string;
  level: number | null;
  target: number | null;
}

/** The element's events; both bubble and cross the shadow boundary. */
export interface CompetenceWheelEventMap {
  'competence-wheel-select': CustomEvent<SelectDetail>;
  'competence-wheel-rate': CustomEvent<RateDetail>;
}

/** The element's attributes, as a framework's templates set them. */
export interface CompetenceWheelAttributes {
  lang?: 'da' | 'en' | 'nb' | 'no' | 'nn';
  mode?: Mode;
  /** URL of a wheel file; the built-in KL wheel when absent. */
  src?: string;
  /** The localStorage key for the ratings. */
  'storage-key'?: string;
  /** Present: ratings are shown but cannot be changed. */
  readonly?: boolean | '';
}

/** `mount()`'s options: the attributes, in camel case. */
export interface MountOptions {
  lang?: 'da' | 'en' | 'nb' | 'no' | 'nn';
  mode?: Mode;
  src?: string;
  storageKey?: string;
  readonly?: boolean;
}

/** The handle `mount()` resolves to. */
export interface Widget {
  /** Applies new options, as changing the attributes does. */
  update(options: MountOptions): void;
  /** The current ratings document, or null when the widget is not rating. */
  get ratings(): RatingsDocument | null;
  /** Replaces all ratings; throws a TypeError for another wheel's ratings. */
  set ratings(value: RatingsInput);
  /** Unmounts the widget. */
  destroy(): void;
}

/**
 * `<competence-wheel>`. Its options are attributes (see
 * `CompetenceWheelAttributes`), each also a property that reflects it
 * (`lang` is every element's own); changing one takes effect at once. Its
 * events are typed for every element, the document and the window (below),
 * since they bubble out of it.
 */
export class CompetenceWheelElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The `mode` attribute (null when absent: "rate", or a share link's group). */
  mode: Mode | null;
  /** The `src` attribute: a wheel file's URL (null: the built-in KL wheel). */
  src: string | null;
  /** The `storage-key` attribute (null: the wheel's own key). */
  storageKey: string | null;
  /** The `readonly` attribute: ratings are shown but cannot be changed. */
  readonly: boolean;
  /** The current ratings document, or null before the widget is ready. */
  get ratings(): RatingsDocument | null;
  /** Replaces all ratings; throws a TypeError for another wheel's ratings. */
  set ratings(value: RatingsInput);
}

/**
 * Mounts the widget into `element` (in a shadow root it creates), for hosts
 * that prefer code to markup. Rejects if the widget cannot load (it then
 * shows a message in the element).
 */
export function mount(element: Element, options?: MountOptions): Promise<Widget>;

/** This release's version (the package's and Cargo.toml's). */
export const version: string;

declare global {
  interface HTMLElementTagNameMap {
    'competence-wheel': CompetenceWheelElement;
  }
  // The events bubble and are composed: a listener on any ancestor, the
  // document or the window hears them.
  interface HTMLElementEventMap extends CompetenceWheelEventMap {}
  interface DocumentEventMap extends CompetenceWheelEventMap {}
  interface WindowEventMap extends CompetenceWheelEventMap {}
}
