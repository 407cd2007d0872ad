import { addPlainDays, todayIn, toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { weekdayOf } from './schedule.js';
import type { BookingStatus, CitaProBooking, CitaProSeedData, CitaProService, Weekday, WeeklyHours } from './types.js';

/*
 * The built-in data set: a salon in Quito with two branches. The first service, location, person,
 * client and booking reuse the seed documentation's UUIDs so contract tests can compare against it.
 * Bookings are placed relative to `now` so they are always in the coming days.
 */

export const CITAPRO_IDS = {
  businessAccount: 'aa0e8400-e29b-41d4-a716-446655440005',
  haircut: '880e8400-e29b-41d4-a716-446655440003',
  beard: '880e8400-e29b-41d4-a716-446655440013',
  manicure: '880e8400-e29b-41d4-a716-446655440023',
  keratin: '880e8400-e29b-41d4-a716-446655440033',
  colour: '880e8400-e29b-41d4-a716-446655440043',
  eventStyling: '880e8400-e29b-41d4-a716-446655440053',
  main: '770e8400-e29b-41d4-a716-446655440002',
  north: '770e8400-e29b-41d4-a716-446655440012',
  maria: '990e8400-e29b-41d4-a716-446655440004',
  carlos: '990e8400-e29b-41d4-a716-446655440014',
  lucia: '990e8400-e29b-41d4-a716-446655440024',
  andres: '990e8400-e29b-41d4-a716-446655440034',
  sofia: '990e8400-e29b-41d4-a716-446655440044',
  juan: '660e8400-e29b-41d4-a716-446655440001',
  ana: '660e8400-e29b-41d4-a716-446655440011',
  pedro: '660e8400-e29b-41d4-a716-446655440021',
} as const;

const ID = CITAPRO_IDS;
const HAIR = 'bb0e8400-e29b-41d4-a716-446655440006';
const NAILS = 'bb0e8400-e29b-41d4-a716-446655440016';

const weekdays = (range: { start: string; end: string }[], days: Weekday[]): WeeklyHours =>
  Object.fromEntries(days.map((d) => [d, range])) as WeeklyHours;

const service = (s: Pick<CitaProService, 'id' | 'name' | 'duration' | 'price'> & Partial<CitaProService>): CitaProService => ({
  status: 'active',
  domiciliary: false,
  virtual: false,
  categoryId: HAIR,
  description: null,
  sessions: null,
  simultaneous: 1,
  ...s,
});

/** The built-in data set, with bookings in the days after `now` (business zone). */
export function createCitaProSeedData(now: Date, timeZone: string): CitaProSeedData {
  const today = todayIn(timeZone, now);
  /** The `nth` date from tomorrow on whose weekday is one of `days`. */
  const nextDate = (days: Weekday[], nth = 1): string => {
    let date = today;
    for (let found = 0; found < nth; ) {
      date = addPlainDays(date, 1);
      if (days.includes(weekdayOf(date))) found++;
    }
    return date;
  };
  const createdAt = toIsoInstant(new Date(now.getTime() - 2 * 86_400_000));
  const booking = (
    b: { id: string; date: string; start: string; end: string; status: BookingStatus; amount: number } &
      Pick<CitaProBooking, 'clientId' | 'locationId' | 'serviceId' | 'personId'>,
  ): CitaProBooking => ({
    id: b.id,
    startTime: toIsoInstant(wallClockToInstant(b.date, b.start, timeZone)),
    endTime: toIsoInstant(wallClockToInstant(b.date, b.end, timeZone)),
    status: b.status,
    internalNote: null,
    clientNote: null,
    paymentStatus: null,
    isFromWeb: false,
    isFromAgent: false,
    amount: b.amount,
    clientId: b.clientId,
    locationId: b.locationId,
    serviceId: b.serviceId,
    personId: b.personId,
    paymentId: null,
    businessAccountId: ID.businessAccount,
    notifyClient: true,
    repeatGroupId: null,
    answers: null,
    questionaryId: null,
    createdAt,
  });
  const mariaDay = nextDate([1, 2, 3, 4, 5]);

  return {
    settings: { businessAccountId: ID.businessAccount, slotIntervalMinutes: 30, minLeadMinutes: 60, horizonDays: 90 },
    services: [
      service({ id: ID.haircut, name: 'Corte de cabello', duration: 60, price: 50.0 }),
      service({ id: ID.beard, name: 'Arreglo de barba', duration: 30, price: 15.0, description: 'Perfilado con navaja y toalla caliente.' }),
      service({ id: ID.manicure, name: 'Manicure clásica', duration: 45, price: 25.5, categoryId: NAILS }),
      service({ id: ID.keratin, name: 'Tratamiento de keratina', duration: 90, price: 65.0, description: 'Alisado y nutrición para cabello maltratado.' }),
      service({ id: ID.colour, name: 'Tinte completo', duration: 120, price: 80.0 }),
      service({ id: ID.eventStyling, name: 'Peinado para eventos', duration: 60, price: 40.0, status: 'inactive' }),
    ],
    locations: [
      {
        id: ID.main,
        name: 'Sede Principal',
        address: 'Av. Amazonas N36-152',
        status: 'active',
        openingHours: {
          ...weekdays([{ start: '09:00', end: '19:00' }], [1, 2, 3, 4, 5]),
          6: [{ start: '09:00', end: '14:00' }],
        },
      },
      {
        id: ID.north,
        name: 'Sede Norte',
        address: 'Av. De los Shyris N41-151 y Naciones Unidas',
        status: 'active',
        openingHours: {
          ...weekdays([{ start: '10:00', end: '13:00' }, { start: '14:00', end: '20:00' }], [2, 3, 4, 5, 6]),
          0: [{ start: '10:00', end: '14:00' }],
        },
      },
    ],
    people: [
      { id: ID.maria, firstname: 'María', lastname: 'García', email: 'maria@example.com', phone: '+593991234567', status: 'active', locationIds: [ID.main], workingDays: [1, 2, 3, 4, 5, 6] },
      { id: ID.carlos, firstname: 'Carlos', lastname: 'Andrade', email: 'carlos.andrade@example.com', phone: '+593991234577', status: 'active', locationIds: [ID.main, ID.north], workingDays: [2, 3, 4, 5, 6] },
      { id: ID.lucia, firstname: 'Lucía', lastname: 'Torres', email: 'lucia.torres@example.com', phone: '+593991234587', status: 'active', locationIds: [ID.north], workingDays: [0, 2, 3, 4, 5, 6] },
      { id: ID.andres, firstname: 'Andrés', lastname: 'Mora', email: 'andres.mora@example.com', phone: '+593991234597', status: 'active', locationIds: [ID.main], workingDays: [1, 3, 5, 6] },
      { id: ID.sofia, firstname: 'Sofía', lastname: 'Vega', email: 'sofia.vega@example.com', phone: '+593991234507', status: 'inactive', locationIds: [ID.north], workingDays: [2, 3, 4, 5, 6] },
    ],
    clients: [
      { id: ID.juan, firstname: 'Juan', lastname: 'Pérez', email: 'juan@example.com', phone: '+593991234568' },
      { id: ID.ana, firstname: 'Ana', lastname: 'Morales', email: 'ana.morales@example.com', phone: '+593987654321' },
      { id: ID.pedro, firstname: 'Pedro', lastname: 'Salazar', email: 'pedro.salazar@example.com', phone: '+593998877665' },
    ],
    bookings: [
      booking({ id: '550e8400-e29b-41d4-a716-446655440000', date: mariaDay, start: '10:00', end: '11:00', status: 'confirmed', amount: 50.0, clientId: ID.juan, locationId: ID.main, serviceId: ID.haircut, personId: ID.maria }),
      booking({ id: '550e8400-e29b-41d4-a716-446655440010', date: nextDate([2, 3, 4, 5, 6]), start: '15:00', end: '15:45', status: 'reserved', amount: 25.5, clientId: ID.ana, locationId: ID.north, serviceId: ID.manicure, personId: ID.lucia }),
      booking({ id: '550e8400-e29b-41d4-a716-446655440020', date: nextDate([1, 3, 5], 2), start: '14:00', end: '16:00', status: 'pending', amount: 80.0, clientId: ID.pedro, locationId: ID.main, serviceId: ID.colour, personId: ID.andres }),
      // Cancelled: its time shows as free again.
      booking({ id: '550e8400-e29b-41d4-a716-446655440030', date: mariaDay, start: '12:00', end: '12:30', status: 'cancelled', amount: 15.0, clientId: ID.juan, locationId: ID.main, serviceId: ID.beard, personId: ID.maria }),
    ],
  };
}
