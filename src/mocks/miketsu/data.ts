/**
 * The fake Miketsu merchant: one location, three categories (one a group class), weekday hours, a few
 * customers; names in Spanish like the demo. Class sessions are added relative to the fake's clock
 * (group.ts), since they must lie ahead of it.
 */

export type MiketsuBookingType = 'appointment' | 'event' | 'class';
export type MiketsuStatus = 'booked' | 'confirmed' | 'completed' | 'cancelled' | 'no-show';

export interface MiketsuService {
  id: number;
  category_id: number;
  name: string;
  description: string;
  /** Minutes. */
  total_duration: number;
  /** Pre-formatted, localized; "" for a zero price (as the real backend writes it). */
  price: string;
  price_type: 'fixed' | 'free' | 'from';
  sequence: number;
  /** Only the merchant catalog shows these three (the public one does not, as in the code). */
  booking_type: MiketsuBookingType;
  min_participants: number;
  max_participants: number;
}

export interface MiketsuCategory {
  id: number;
  name: string;
  sequence: number;
  services: MiketsuService[];
}

export interface MiketsuHours {
  start_time: string;
  end_time: string;
}

export interface MiketsuMerchant {
  merchant_name: string;
  url_name: string;
  contact_email: string;
  introduction: string;
  announcement: string;
  about_us: string;
  parking_info: string;
  payment_info: string;
  timezone: string;
  location_id: number;
  country: string;
  city: string;
  postal_code: string;
  address: string;
  formatted_location: string;
  geo_point: { latitude: number; longitude: number };
  services: MiketsuCategory[];
  /** "0" (Sunday) … "6". */
  business_hours: Record<string, MiketsuHours[]>;
}

export interface MiketsuSettings {
  /** Minimum lead time, minutes. */
  booking_window_min: number;
  /** Horizon, months (the code's unit). */
  booking_window_max: number;
  /** Minutes kept free around every booking. */
  buffer_time: number;
}

export interface MiketsuParticipant {
  id: number;
  /** UUID of the merchant's customer; null for one who joined online (the session user). */
  customer_id: string | null;
  first_name: string;
  last_name: string;
  customer_note: string | null;
  status: MiketsuStatus;
}

export interface MiketsuCustomer {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone_number: string | null;
  birthday: string | null;
  note: string | null;
  is_dummy: boolean;
  is_blacklisted: boolean;
  blacklist_reason: string | null;
  times_booked: number;
  times_cancelled: number;
}

export interface MiketsuBooking {
  id: number;
  booking_type: MiketsuBookingType;
  merchant_name: string;
  service_id: number;
  location_id: number;
  /** RFC 3339 instants. */
  from_date: string;
  to_date: string;
  customer_note: string | null;
  merchant_note?: string | null;
  booking_status: MiketsuStatus;
  is_recurring?: boolean;
  /** Seats of a class or event (the service's at creation). */
  max_participants?: number;
  /** A group booking's participants; the front desk's customers of an appointment. */
  participants?: MiketsuParticipant[];
  /** Who made it: the Bearer token or "session". */
  customer: string;
}

export interface MiketsuState {
  /** The merchant's id (UUID), for the newer layout's `/merchants/{merchantId}/…` routes. */
  merchant_id: string;
  merchant: MiketsuMerchant;
  settings: MiketsuSettings;
  /** Appointments. */
  bookings: MiketsuBooking[];
  /** Group bookings: the sessions of classes and events, with their participants. */
  sessions: MiketsuBooking[];
  customers: MiketsuCustomer[];
}

export const MIKETSU_IDS = {
  merchant: 'spa-retreat',
  location: 456,
  haircut: 123,
  massage: 124,
  consultation: 125,
  yoga: 126,
  merchantId: '0197f3a2-5c1e-7b44-9a3d-2f6e8c1b4d70',
  /** The seed's example customers. */
  jane: '550e8400-e29b-41d4-a716-446655440000',
  lucia: '660e8400-e29b-41d4-a716-446655440001',
} as const;

const customer = (id: string, first_name: string, last_name: string, email: string | null, phone_number: string | null): MiketsuCustomer => ({
  id,
  first_name,
  last_name,
  email,
  phone_number,
  birthday: null,
  note: null,
  is_dummy: false,
  is_blacklisted: false,
  blacklist_reason: null,
  times_booked: 0,
  times_cancelled: 0,
});

/** Six, so one class session can be full. */
export const createMiketsuCustomers = (): MiketsuCustomer[] => [
  customer(MIKETSU_IDS.jane, 'Jane', 'Smith', 'jane.smith@example.com', '+1234567890'),
  customer(MIKETSU_IDS.lucia, 'Lucía', 'Andrade', 'lucia.andrade@example.com', '+593991234567'),
  customer('0197f3a2-6d2f-7c55-8b4e-3a7f9d2c5e81', 'Carlos', 'Vega', 'carlos.vega@example.com', '+593987654321'),
  customer('0197f3a2-7e30-7d66-9c5f-4b809e3d6f92', 'María José', 'Paredes', null, '+593969876543'),
  customer('0197f3a2-8f41-7e77-ad60-5c91af4e70a3', 'Diego', 'Salazar', 'diego.salazar@example.com', null),
  customer('0197f3a2-9052-7f88-be71-6da2b05f81b4', 'Ana', 'Torres', 'ana.torres@example.com', '+593955551234'),
];

export function createMiketsuSeedData(timeZone: string): MiketsuState {
  const weekday = [
    { start_time: '09:00:00', end_time: '13:00:00' },
    { start_time: '14:00:00', end_time: '18:00:00' },
  ];
  // Monday, Wednesday and Friday stay open for the evening class.
  const classDay = [weekday[0], { start_time: '14:00:00', end_time: '20:00:00' }];
  const appointment = { booking_type: 'appointment', min_participants: 1, max_participants: 1 } as const;
  return {
    merchant_id: MIKETSU_IDS.merchantId,
    customers: createMiketsuCustomers(),
    merchant: {
      merchant_name: 'Spa Retreat',
      url_name: MIKETSU_IDS.merchant,
      contact_email: 'hola@spa-retreat.example',
      introduction: 'Cuidado personal sin prisas.',
      announcement: '',
      about_us: '',
      parking_info: '',
      payment_info: 'Efectivo o tarjeta en el local.',
      timezone: timeZone,
      location_id: MIKETSU_IDS.location,
      country: 'Ecuador',
      city: 'Quito',
      postal_code: '170135',
      address: 'Av. Amazonas N36-152',
      formatted_location: 'Av. Amazonas N36-152, 170135 Quito, Ecuador',
      geo_point: { latitude: -0.1807, longitude: -78.4678 },
      services: [
        {
          id: 1,
          name: 'Peluquería',
          sequence: 1,
          services: [
            { id: MIKETSU_IDS.haircut, category_id: 1, name: 'Corte de cabello', description: 'Lavado, corte y peinado.', total_duration: 45, price: '25,00 €', price_type: 'fixed', sequence: 1, ...appointment },
            { id: MIKETSU_IDS.consultation, category_id: 1, name: 'Consulta de color', description: '', total_duration: 30, price: '', price_type: 'free', sequence: 2, ...appointment },
          ],
        },
        {
          id: 2,
          name: 'Spa',
          sequence: 2,
          services: [
            { id: MIKETSU_IDS.massage, category_id: 2, name: 'Masaje relajante', description: 'Cuerpo completo.', total_duration: 60, price: '1.060,50 €', price_type: 'from', sequence: 1, ...appointment },
          ],
        },
        {
          id: 3,
          name: 'Clases',
          sequence: 3,
          services: [
            { id: MIKETSU_IDS.yoga, category_id: 3, name: 'Yoga en grupo', description: 'Clase para todos los niveles.', total_duration: 60, price: '12,00 €', price_type: 'fixed', sequence: 1, booking_type: 'class', min_participants: 1, max_participants: 6 },
          ],
        },
      ],
      business_hours: {
        '0': [],
        '1': classDay,
        '2': weekday,
        '3': classDay,
        '4': weekday,
        '5': classDay,
        '6': [{ start_time: '10:00:00', end_time: '14:00:00' }],
      },
    },
    settings: { booking_window_min: 60, booking_window_max: 3, buffer_time: 0 },
    bookings: [],
    sessions: [],
  };
}
