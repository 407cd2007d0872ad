import { BookingError } from '../core/errors.js';
import { limiter } from '../core/concurrency.js';
import type { Availability, AvailabilityQuery, PlainDate, Professional, Slot } from '../core/model.js';
import { addPlainDays, instantToWallClock, MINUTE, plainDaysBetween, resolveWallClock, toIsoInstant } from '../core/zoned-time.js';
import { num, type SbAvailability } from './salonbookit-read.js';

/*
 * SalonBookIt availability: `GET /disponibilidad/{peluquero}/{fecha}/`, one professional × one day per
 * call, so a range (and "any professional") fans out, at most `maxConcurrent` calls at a time.
 * Several services are asked together (`?servicios=15,16`) so the backend sizes each slot for their
 * combined duration; one service is asked the same way (`?servicios=15`), as this adapter always has.
 */

export type TeamMember = Professional & { services?: string[] };

export interface AvailabilityDeps {
  timeZone: string;
  maxConcurrent: number;
  /** A GET through the adapter's session-aware client, returning the envelope's `data`. */
  get<T>(path: string, query: Record<string, string | undefined>, signal?: AbortSignal): Promise<T>;
  /** Active professionals (with the services they do, when the backend says). */
  team(): Promise<TeamMember[]>;
}

/** A clock time's first reading after `start`, that day or (past midnight) the next. */
export function endAfter(start: Date, date: PlainDate, time: string, timeZone: string): Date {
  const sameDay = resolveWallClock(date, time, timeZone, { after: start });
  return sameDay > start ? sameDay : resolveWallClock(addPlainDays(date, 1), time, timeZone, { after: start });
}

export function createAvailability({ timeZone, maxConcurrent, get, team }: AvailabilityDeps) {
  const queued = limiter(Math.max(1, maxConcurrent));
  // The first date the backend called too far ahead (DATE_TOO_FAR): later dates are not asked.
  let horizon: PlainDate | undefined;

  /** One professional's free starts on one day; `null` when the day is past the booking horizon. */
  async function day(professional: Professional, date: PlainDate, serviceIds: string[], signal?: AbortSignal): Promise<Slot[] | null> {
    const data = await queued(async (): Promise<SbAvailability | null> => {
      // Checked when its turn comes: an earlier call may have found the horizon meanwhile.
      if (horizon && plainDaysBetween(horizon, date) >= 0) return null;
      try {
        return await get<SbAvailability>(`/disponibilidad/${encodeURIComponent(professional.id)}/${date}/`, { servicios: serviceIds.join(',') }, signal);
      } catch (error) {
        // Past how far ahead the business takes bookings: no slots, and the calendar is told so.
        if (error instanceof BookingError && error.detail?.startsWith('DATE_TOO_FAR')) {
          if (!horizon || plainDaysBetween(date, horizon) > 0) horizon = date;
          return null;
        }
        throw error;
      }
    });
    if (data === null) return null;
    const who = data.profesional ? { id: String(data.profesional.id), name: data.profesional.nombre ?? professional.name } : professional;
    const taken = new Set<number>();
    const slots: Slot[] = [];
    for (const slot of data.slots ?? []) {
      const time = /^(\d{2}:\d{2})/.exec(slot.hora_inicio ?? '')?.[1];
      if (!time) throw new BookingError('bad-response', `SalonBookIt: unreadable hora_inicio ${String(slot.hora_inicio)}`);
      // Every slot of the day is listed; a repeated clock time listed again is its second occurrence.
      const start = resolveWallClock(date, time, timeZone, { taken });
      taken.add(start.getTime());
      if (slot.disponible === false) continue;
      // The backend sized the slot for every service asked, so its end (or duration) covers them all.
      const endTime = /^(\d{2}:\d{2})/.exec(slot.hora_fin ?? '')?.[1];
      const end = endTime ? endAfter(start, date, endTime, timeZone) : new Date(start.getTime() + num(data.duracion_solicitada) * MINUTE);
      const shown = instantToWallClock(start, timeZone);
      slots.push({ date, time: shown.time, start: toIsoInstant(start), end: toIsoInstant(end), professionals: [who] });
    }
    return slots;
  }

  return async function getAvailability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability> {
    const serviceIds = query.serviceIds && query.serviceIds.length > 0 ? query.serviceIds : [query.serviceId];
    const who = query.professionalId
      ? [{ id: query.professionalId, name: '' }]
      : (await team()).filter((p) => !p.services || serviceIds.every((id) => p.services!.includes(id))).map(({ id, name }) => ({ id, name }));
    const dates: PlainDate[] = [];
    for (let d = query.from; plainDaysBetween(d, query.to) >= 0; d = addPlainDays(d, 1)) dates.push(d);
    const refused: BookingError[] = [];
    const answers = await Promise.all(
      dates.flatMap((date) =>
        who.map((p) =>
          day(p, date, serviceIds, signal).catch((error: unknown) => {
            // With "any", a professional who does not offer the service may answer 400/404: the others still count.
            if (!query.professionalId && error instanceof BookingError && (error.code === 'not-found' || error.code === 'validation')) {
              refused.push(error);
              return [] as Slot[];
            }
            throw error;
          }),
        ),
      ),
    );
    // …unless nobody could answer: then it is the service (or the request) that is wrong.
    if (refused.length > 0 && refused.length === answers.length) throw refused[0];
    // One slot per instant, listing everyone free then, in the professionals' order.
    const byStart = new Map<string, Slot>();
    for (const slots of answers) {
      for (const slot of slots ?? []) {
        const known = byStart.get(slot.start);
        if (!known) byStart.set(slot.start, { ...slot, professionals: [...slot.professionals] });
        else if (!known.professionals.some((p) => p.id === slot.professionals[0].id)) known.professionals.push(...slot.professionals);
      }
    }
    const slots = [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
    return { slots, limitExceeded: answers.some((a) => a === null) };
  };
}
