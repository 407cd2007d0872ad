import { Task, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import { availabilityKey, mergeAvailability, monthRanges } from '../../core/availability.js';
import type { Availability, Location, Professional, Service } from '../../core/model.js';
import { addMonthsTo } from '../../core/zoned-time.js';

/** How many months ahead "next month with availability" looks before giving up. */
const lookAheadMonths = 6;

export type DataSource = 'catalog' | 'professionals' | 'availability';

export interface Catalog {
  services: Service[];
  locations: Location[];
}

export interface MonthAvailability extends Availability {
  month: string;
  /** For an empty month: the next month with free times, or `null` when none was found. */
  nextAvailableMonth?: string | null;
}

export interface AvailabilityInputs {
  adapter?: BookingAdapter;
  serviceId?: string;
  /** Every chosen service when several are booked together (`serviceId` is the first). */
  serviceIds?: string[];
  locationId?: string;
  professionalId?: string;
  month: string;
  today: string;
  /** Merchant mode (./front-desk.ts): times a new booking can start, also for a group service. */
  frontDesk?: boolean;
}

/**
 * Everything the widget loads, as @lit/task tasks: catalog, professionals per location, and
 * availability per month with a cache. Tasks abort their requests when their inputs change.
 */
export class BookingData {
  private readonly monthCache = new Map<string, Availability>();
  private readonly adapter: () => BookingAdapter | undefined;

  readonly catalog: Task<[BookingAdapter | undefined], Catalog>;
  readonly professionals: Task<[BookingAdapter | undefined, string | undefined, boolean], Professional[]>;
  readonly availability: Task<[AvailabilityInputs], MonthAvailability>;

  constructor(
    host: ReactiveControllerHost,
    inputs: {
      adapter: () => BookingAdapter | undefined;
      locationId: () => string | undefined;
      needsProfessionals: () => boolean;
      availability: () => AvailabilityInputs;
      /** A load failed; `retry` runs it again. */
      onError: (error: unknown, source: DataSource, retry: () => void) => void;
      onComplete: (source: DataSource) => void;
    },
  ) {
    this.adapter = inputs.adapter;
    const report = (source: DataSource, task: () => Task<never, unknown>) => ({
      onError: (error: unknown) => inputs.onError(error, source, () => void task().run()),
      onComplete: () => inputs.onComplete(source),
    });
    this.catalog = new Task(host, {
      args: () => [inputs.adapter()] as [BookingAdapter | undefined],
      task: async ([adapter], { signal }) => {
        if (!adapter) return initialState;
        // Independent requests go out together.
        const [services, locations] = await Promise.all([
          adapter.listServices({ signal }),
          adapter.capabilities.locations ? adapter.listLocations({ signal }) : Promise.resolve([]),
        ]);
        return { services, locations };
      },
      ...report('catalog', () => this.catalog as never),
    });

    this.professionals = new Task(host, {
      args: () => [inputs.adapter(), inputs.locationId(), inputs.needsProfessionals()] as [BookingAdapter | undefined, string | undefined, boolean],
      task: async ([adapter, locationId, needed], { signal }) => {
        if (!adapter || !needed) return initialState;
        return adapter.listProfessionals({ locationId }, { signal });
      },
      ...report('professionals', () => this.professionals as never),
    });

    this.availability = new Task(host, {
      args: () => [inputs.availability()] as [AvailabilityInputs],
      // The same month for the same choice (the cache's key) on the same day and backend.
      argsEqual: ([a], [b]) => a.adapter === b.adapter && a.today === b.today && availabilityKey(a, a.month) === availabilityKey(b, b.month),
      task: async ([query], { signal }) => {
        if (!query.adapter || !query.serviceId) return initialState;
        const shown = await this.loadMonth(query, query.month, signal);
        if (shown.slots.length > 0 || shown.limitExceeded) {
          return { ...shown, month: query.month, nextAvailableMonth: shown.limitExceeded && !shown.slots.length ? null : undefined };
        }
        let nextAvailableMonth: string | null = null;
        for (let ahead = 1; ahead <= lookAheadMonths; ahead++) {
          const month = addMonthsTo(query.month, ahead);
          const found = await this.loadMonth(query, month, signal);
          if (found.slots.length > 0) {
            nextAvailableMonth = month;
            break;
          }
          if (found.limitExceeded) break;
        }
        return { ...shown, month: query.month, nextAvailableMonth };
      },
      ...report('availability', () => this.availability as never),
    });
  }

  /** What the current adapter can do (the UI offers only what is declared). */
  get capabilities() {
    return this.adapter()?.capabilities;
  }

  /** A booking failed on this month: its availability is stale, for whatever choice it was cached. */
  forgetMonth(month: string): void {
    for (const key of [...this.monthCache.keys()]) if (key.endsWith(`|${month}`)) this.monthCache.delete(key);
  }

  /** A booking failed on `month`: forget it, and reload it now when it is `shown` (another month reloads once shown). */
  refreshMonth(month: string, shown: string): void {
    this.forgetMonth(month);
    // The shown month's inputs are unchanged, so its task needs a nudge.
    if (month === shown) void this.availability.run();
  }

  /** New adapter or settings: nothing cached applies any more. */
  clear(): void {
    this.monthCache.clear();
  }

  private async loadMonth(query: AvailabilityInputs, month: string, signal: AbortSignal): Promise<Availability> {
    const key = availabilityKey(query, month);
    const cached = this.monthCache.get(key);
    if (cached) return cached;
    const adapter = query.adapter!;
    const ranges = monthRanges(month, query.today, adapter.capabilities.maxAvailabilityDays);
    const parts = await Promise.all(
      ranges.map(([from, to]) =>
        adapter.getAvailability(
          {
            serviceId: query.serviceId!,
            ...(query.serviceIds?.length ? { serviceIds: query.serviceIds } : {}),
            locationId: query.locationId,
            professionalId: query.professionalId,
            from,
            to,
            ...(query.frontDesk ? { frontDesk: true } : {}),
          },
          { signal },
        ),
      ),
    );
    const merged = mergeAvailability(parts);
    // A session without seats cannot be joined; adapters should leave it out, a custom one may not.
    merged.slots = merged.slots.filter((slot) => slot.session?.seatsLeft !== 0);
    this.monthCache.set(key, merged);
    return merged;
  }
}
