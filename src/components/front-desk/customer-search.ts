import { Task, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import type { KnownCustomer, OpeningHours } from '../../core/model.js';

/** Shortest search worth sending: one letter matches half the customer list. */
export const minSearchLength = 2;
/** Pause in typing before a search is sent. */
const debounceMs = 250;

/**
 * The customer search as a @lit/task: debounced, aborted when the text changes (last call wins), and
 * idle below `minSearchLength` characters.
 */
export class CustomerSearch {
  readonly task: Task<[BookingAdapter | undefined, string], KnownCustomer[]>;
  /** The text the last search was (or is being) sent for. */
  private term = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    adapter: () => BookingAdapter | undefined,
  ) {
    this.task = new Task(host, {
      args: () => [adapter(), this.term] as [BookingAdapter | undefined, string],
      task: async ([source, term], { signal }) => {
        if (!source?.findCustomers || term.length < minSearchLength) return initialState;
        return source.findCustomers(term, { signal });
      },
    });
    host.addController({ hostDisconnected: () => clearTimeout(this.timer) });
  }

  get active(): string {
    return this.term;
  }

  /** The field changed: search for it once typing pauses; clearing it stops at once. */
  typed(text: string): void {
    clearTimeout(this.timer);
    const term = text.trim();
    const apply = () => {
      this.term = term;
      this.host.requestUpdate();
    };
    if (term.length < minSearchLength) apply();
    else this.timer = setTimeout(apply, debounceMs);
  }
}

/* Opening hours change rarely: asked once per adapter, shared by every form that adapter feeds. */
const hoursByAdapter = new WeakMap<BookingAdapter, Promise<OpeningHours | undefined>>();

export function openingHoursOf(adapter: BookingAdapter | undefined): Promise<OpeningHours | undefined> {
  if (!adapter?.getOpeningHours) return Promise.resolve(undefined);
  let hours = hoursByAdapter.get(adapter);
  if (!hours) {
    // Without hours the preview simply flags nothing; a failed load is asked again next time.
    hours = adapter.getOpeningHours().catch(() => {
      hoursByAdapter.delete(adapter);
      return undefined;
    });
    hoursByAdapter.set(adapter, hours);
  }
  return hours;
}
