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
}

export interface SalonBookItSeedData {
  business: { nombre: string; moneda: string; timezone: string; intervalo_minutos: number; horizonte_dias: number; telefono_obligatorio: boolean };
  services: SalonBookItService[];
  professionals: SalonBookItProfessional[];
  bookings: SalonBookItBooking[];
  nextBookingId: number;
  nextClientId: number;
}

export const SALONBOOKIT_IDS = { haircut: 15, beard: 16, colour: 17, retired: 18, carlos: 5, lucia: 6, marta: 7 } as const;

const weekdays = (ranges: Array<[string, string]>): WeeklyHours => ({ 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges });

export function createSalonBookItSeedData(timeZone: string): SalonBookItSeedData {
  const ID = SALONBOOKIT_IDS;
  return {
    business: { nombre: 'Peluquería Sol', moneda: 'EUR', timezone: timeZone, intervalo_minutos: 30, horizonte_dias: 60, telefono_obligatorio: false },
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
    nextBookingId: 12345,
    nextClientId: 456,
  };
}
