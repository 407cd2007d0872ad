import { addPlainDays, parsePlainDate } from '../../core/zoned-time.js';

/*
 * The built-in SalonBookIt data set: one salon in Madrid. The first service and professional reuse the
 * seed's ids (15 "Corte Clásico", 5 "Carlos García") so contract and fake tests line up with the docs.
 */

/** 0 = Sunday … 6 = Saturday; opening ranges as "HH:MM". */
export type WeeklyHours = Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, Array<[string, string]>>>;

export interface SalonBookItService {
  id: number;
  nombre: string;
  descripcion: string;
  precio: number;
  duracion_minutos: number;
  activo: boolean;
}

export interface SalonBookItProfessional {
  id: number;
  nombre: string;
  activo: boolean;
  /** Services the professional performs. */
  servicio_ids: number[];
  horario: WeeklyHours;
}

export interface SalonBookItBooking {
  id: number;
  codigo: string;
  fecha: string;
  hora_inicio: string;
  hora_fin: string;
  /** Instants the booking occupies (ms since epoch). */
  start: number;
  end: number;
  servicio_ids: number[];
  peluquero_id: number;
  cliente: { id: number; nombre: string; email: string; telefono: string | null };
  notas: string | null;
  total: number;
  estado: 'pendiente' | 'confirmada' | 'completada' | 'cancelada' | 'no_show';
  created_at: string;
  /** The customer account that booked it signed in; absent for a guest booking. */
  cuenta_id?: number;
  /** Before points; absent = `total`. */
  subtotal?: number;
  /** Paid with points (1 point = 1 currency unit). */
  descuento?: number;
  puntos_usados?: number;
  puntos_ganados?: number;
  cancelada_en?: string;
  motivo_cancelacion?: string | null;
}

/** A customer who can sign in (`/auth/login/`) and collect points. */
export interface SalonBookItCustomer {
  id: number;
  nombre: string;
  email: string;
  telefono: string | null;
  password: string;
  puntos: number;
}

export interface SalonBookItSeedData {
  business: {
    nombre: string;
    moneda: string;
    timezone: string;
    intervalo_minutos: number;
    horizonte_dias: number;
    telefono_obligatorio: boolean;
    /** `configuracion.tiempo_cancelacion_horas`: no online cancelling closer to the start than this. */
    tiempo_cancelacion_horas?: number;
  };
  services: SalonBookItService[];
  professionals: SalonBookItProfessional[];
  bookings: SalonBookItBooking[];
  customers?: SalonBookItCustomer[];
  nextBookingId: number;
  nextClientId: number;
}

export const SALONBOOKIT_IDS = { haircut: 15, beard: 16, colour: 17, retired: 18, carlos: 5, lucia: 6, marta: 7, customer: 301 } as const;

/** The demo customer who can sign in (the widget's `customer-login`): 120 points to spend. */
export const SALONBOOKIT_DEMO_CUSTOMER = {
  id: SALONBOOKIT_IDS.customer,
  email: 'lucia@example.com',
  password: 'reserva123',
  name: 'Lucía Fernández',
  phone: '+34600111222',
  points: 120,
} as const;

const weekdays = (ranges: Array<[string, string]>): WeeklyHours => ({ 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges });

export function createSalonBookItSeedData(timeZone: string): SalonBookItSeedData {
  const ID = SALONBOOKIT_IDS;
  return {
    business: {
      nombre: 'Peluquería Sol',
      moneda: 'EUR',
      timezone: timeZone,
      intervalo_minutos: 30,
      horizonte_dias: 60,
      telefono_obligatorio: false,
      tiempo_cancelacion_horas: 24,
    },
    services: [
      { id: ID.haircut, nombre: 'Corte Clásico', descripcion: 'Corte a tijera y lavado', precio: 25, duracion_minutos: 30, activo: true },
      { id: ID.beard, nombre: 'Arreglo de barba', descripcion: '', precio: 12.5, duracion_minutos: 30, activo: true },
      { id: ID.colour, nombre: 'Color completo', descripcion: 'Tinte de raíz a puntas', precio: 60, duracion_minutos: 90, activo: true },
      { id: ID.retired, nombre: 'Permanente', descripcion: '', precio: 45, duracion_minutos: 120, activo: false },
    ],
    professionals: [
      { id: ID.carlos, nombre: 'Carlos García', activo: true, servicio_ids: [ID.haircut, ID.beard], horario: weekdays([['09:00', '14:00'], ['16:00', '20:00']]) },
      { id: ID.lucia, nombre: 'Lucía Martín', activo: true, servicio_ids: [ID.haircut, ID.colour], horario: { ...weekdays([['10:00', '18:00']]), 6: [['10:00', '14:00']] } },
      { id: ID.marta, nombre: 'Marta Ruiz', activo: false, servicio_ids: [ID.haircut], horario: weekdays([['09:00', '17:00']]) },
    ],
    bookings: [],
    customers: [
      {
        id: SALONBOOKIT_DEMO_CUSTOMER.id,
        nombre: SALONBOOKIT_DEMO_CUSTOMER.name,
        email: SALONBOOKIT_DEMO_CUSTOMER.email,
        telefono: SALONBOOKIT_DEMO_CUSTOMER.phone,
        password: SALONBOOKIT_DEMO_CUSTOMER.password,
        puntos: SALONBOOKIT_DEMO_CUSTOMER.points,
      },
    ],
    nextBookingId: 12345,
    nextClientId: 456,
  };
}

/**
 * The demo customer's bookings around `today` (business date), on weekdays her professionals work: two
 * upcoming (3+ days ahead, 10+ days ahead) and one completed two weeks ago.
 */
export function demoCustomerBookings(today: string): Array<{ peluqueroId: number; servicioIds: number[]; fecha: string; horaInicio: string; estado?: SalonBookItBooking['estado'] }> {
  const weekday = (days: number, step: 1 | -1) => {
    let date = addPlainDays(today, days);
    while ([0, 6].includes(parsePlainDate(date).getDay())) date = addPlainDays(date, step);
    return date;
  };
  const ID = SALONBOOKIT_IDS;
  return [
    { peluqueroId: ID.carlos, servicioIds: [ID.haircut, ID.beard], fecha: weekday(3, 1), horaInicio: '11:00' },
    { peluqueroId: ID.lucia, servicioIds: [ID.colour], fecha: weekday(10, 1), horaInicio: '16:00', estado: 'pendiente' },
    { peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: weekday(-14, -1), horaInicio: '10:00', estado: 'completada' },
  ];
}
