/** The fake Miketsu merchant: one location, two categories, weekday hours; names in Spanish like the demo. */

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

export interface MiketsuBooking {
  id: number;
  merchant_name: string;
  service_id: number;
  location_id: number;
  /** RFC 3339 instants. */
  from_date: string;
  to_date: string;
  customer_note: string | null;
  booking_status: 'booked' | 'confirmed' | 'completed' | 'cancelled' | 'no-show';
  /** Who made it: the Bearer token or "session". */
  customer: string;
}

export interface MiketsuState {
  merchant: MiketsuMerchant;
  settings: MiketsuSettings;
  bookings: MiketsuBooking[];
}

export const MIKETSU_IDS = {
  merchant: 'spa-retreat',
  location: 456,
  haircut: 123,
  massage: 124,
  consultation: 125,
} as const;

export function createMiketsuSeedData(timeZone: string): MiketsuState {
  const weekday = [
    { start_time: '09:00:00', end_time: '13:00:00' },
    { start_time: '14:00:00', end_time: '18:00:00' },
  ];
  return {
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
            { id: MIKETSU_IDS.haircut, category_id: 1, name: 'Corte de cabello', description: 'Lavado, corte y peinado.', total_duration: 45, price: '25,00 €', price_type: 'fixed', sequence: 1 },
            { id: MIKETSU_IDS.consultation, category_id: 1, name: 'Consulta de color', description: '', total_duration: 30, price: '', price_type: 'free', sequence: 2 },
          ],
        },
        {
          id: 2,
          name: 'Spa',
          sequence: 2,
          services: [
            { id: MIKETSU_IDS.massage, category_id: 2, name: 'Masaje relajante', description: 'Cuerpo completo.', total_duration: 60, price: '1.060,50 €', price_type: 'from', sequence: 1 },
          ],
        },
      ],
      business_hours: {
        '0': [],
        '1': weekday,
        '2': weekday,
        '3': weekday,
        '4': weekday,
        '5': weekday,
        '6': [{ start_time: '10:00:00', end_time: '14:00:00' }],
      },
    },
    settings: { booking_window_min: 60, booking_window_max: 3, buffer_time: 0 },
    bookings: [],
  };
}
