/*
 * Records the fake LatePoint keeps. Field names follow the LatePoint REST API docs; the scheduling
 * fields (`hours`, `location_ids`, `service_ids`) are the fake's own model of the WordPress settings and
 * are never sent as such. Dates and times are the site's wall-clock (`start_time` in minutes after
 * midnight, as LatePoint stores it).
 */
import { addPlainDays, todayIn } from '../../core/zoned-time.js';

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** `HH:MM`–`HH:MM` wall-clock, end exclusive. */
export interface TimeRange {
  start: string;
  end: string;
}
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

export interface LatePointServiceRecord {
  id: number;
  name: string;
  short_description: string;
  description: string;
  status: 'active' | 'disabled';
  visibility: 'visible' | 'hidden';
  /** Minutes. */
  duration: number;
  /** Other durations the service allows (the `duration` parameter). */
  extra_durations: number[];
  price_min: number;
  price_max: number;
  category_id: number;
}

export interface LatePointLocationRecord {
  id: number;
  name: string;
  full_address: string;
  status: 'active' | 'disabled';
  order_number: number;
}

export interface LatePointAgentRecord {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  email: string;
  phone: string;
  status: 'active' | 'disabled';
  location_ids: number[];
  service_ids: number[];
  hours: WeeklyHours;
}

export interface LatePointCustomerRecord {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  status: 'active' | 'inactive' | 'blocked';
  is_guest: boolean;
  created_at: string;
}

export type LatePointBookingStatus = 'pending' | 'approved' | 'cancelled' | 'completed' | 'no_show';

export interface LatePointBookingRecord {
  id: number;
  booking_code: string;
  status: LatePointBookingStatus;
  service_id: number;
  agent_id: number;
  location_id: number;
  customer_id: number;
  start_date: string;
  /** Minutes after the site's midnight. */
  start_time: number;
  duration: number;
  price: number;
  notes: string;
  created_at: string;
}

export interface LatePointSettings {
  /** LatePoint's timeslot interval, minutes. */
  timeslotStep: number;
  /** Whether the LatePoint core plugin is active (otherwise 503 "LatePoint not available"). */
  pluginActive: boolean;
  /** Used when a booking names no location. */
  defaultLocationId: number;
}

export interface LatePointSeedData {
  settings: LatePointSettings;
  services: LatePointServiceRecord[];
  locations: LatePointLocationRecord[];
  agents: LatePointAgentRecord[];
  customers: LatePointCustomerRecord[];
  bookings: LatePointBookingRecord[];
}

export const LATEPOINT_IDS = {
  consultation: 7,
  cleaning: 8,
  whitening: 9,
  main: 1,
  north: 2,
  closed: 3,
  maria: 3,
  carlos: 4,
  lucia: 5,
  juan: 45,
  juanJr: 46,
} as const;

const weekdays = (ranges: TimeRange[], days: Weekday[]): WeeklyHours => Object.fromEntries(days.map((d) => [d, ranges]));

/** A dental clinic with two open locations; one booking on the next weekday so availability has a gap. */
export function createLatePointSeedData(now: Date, timeZone: string): LatePointSeedData {
  const today = todayIn(timeZone, now);
  let next = addPlainDays(today, 1);
  while ([0, 6].includes(new Date(`${next}T00:00:00Z`).getUTCDay())) next = addPlainDays(next, 1);
  const created = '2025-09-03 21:50:21';
  return {
    settings: { timeslotStep: 30, pluginActive: true, defaultLocationId: 1 },
    services: [
      { id: 7, name: 'Consulta General', short_description: 'Revisión completa', description: '', status: 'active', visibility: 'visible', duration: 60, extra_durations: [90], price_min: 75, price_max: 75, category_id: 1 },
      { id: 8, name: 'Limpieza dental', short_description: '', description: '', status: 'active', visibility: 'visible', duration: 30, extra_durations: [], price_min: 40, price_max: 40, category_id: 1 },
      { id: 9, name: 'Blanqueamiento', short_description: '', description: '', status: 'disabled', visibility: 'visible', duration: 90, extra_durations: [], price_min: 200, price_max: 200, category_id: 1 },
    ],
    locations: [
      { id: 1, name: 'Clínica Principal', full_address: 'Av. Reforma 123, CDMX', status: 'active', order_number: 1 },
      { id: 2, name: 'Sucursal Norte', full_address: 'Calle Norte 45', status: 'active', order_number: 2 },
      { id: 3, name: 'Sede Cerrada', full_address: 'Calle Vieja 1', status: 'disabled', order_number: 3 },
    ],
    agents: [
      { id: 3, first_name: 'María', last_name: 'García', display_name: 'Dra. María García', email: 'maria.garcia@clinica.com', phone: '+52 555 000 0003', status: 'active', location_ids: [1, 2], service_ids: [7, 8], hours: weekdays([{ start: '09:00', end: '17:00' }], [1, 2, 3, 4, 5]) },
      { id: 4, first_name: 'Carlos', last_name: 'Ruiz', display_name: 'Dr. Carlos Ruiz', email: 'carlos.ruiz@clinica.com', phone: '+52 555 000 0004', status: 'active', location_ids: [1], service_ids: [7], hours: weekdays([{ start: '10:00', end: '14:00' }, { start: '15:00', end: '19:00' }], [1, 2, 3, 4, 5, 6]) },
      { id: 5, first_name: 'Lucía', last_name: 'Torres', display_name: 'Dra. Lucía Torres', email: 'lucia.torres@clinica.com', phone: '+52 555 000 0005', status: 'disabled', location_ids: [1], service_ids: [7, 8], hours: weekdays([{ start: '09:00', end: '17:00' }], [1, 2, 3, 4, 5]) },
    ],
    customers: [
      { id: 45, first_name: 'Juan', last_name: 'Pérez', email: 'juan.perez@email.com', phone: '+52 555 123 4567', status: 'active', is_guest: false, created_at: created },
      // A partial match for Juan's e-mail: an exact lookup must not take it.
      { id: 46, first_name: 'Juan', last_name: 'Pérez Jr.', email: 'juan.perez@email.com.mx', phone: '+52 555 123 4568', status: 'active', is_guest: true, created_at: created },
    ],
    bookings: [
      { id: 150, booking_code: 'LP-2025-001', status: 'approved', service_id: 7, agent_id: 3, location_id: 1, customer_id: 46, start_date: next, start_time: 9 * 60, duration: 60, price: 75, notes: '', created_at: created },
    ],
  };
}
