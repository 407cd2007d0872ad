// The demo's backends: each fake answers at its own base URL inside the page (msw's worker), and the
// switcher only changes the widget's attributes, as a merchant on that system would write them.
import type { RequestHandler } from 'msw';
import {
  createCitaProFake,
  createLatePointFake,
  createMiketsuFake,
  createSalonBookItFake,
  MIKETSU_IDS,
  SALONBOOKIT_DEMO_CUSTOMER,
} from '../src/mocks/index.js';

export interface DemoBackend {
  label: string;
  handlers: RequestHandler[];
  /** The widget's attributes for this backend. */
  attributes: Record<string, string>;
  /** A line for the demo's visitor (e.g. the fake customer account to sign in with). */
  note?: string;
}

const latencyMs = 350;

export const demoBackends: Record<string, DemoBackend> = {
  citapro: {
    label: 'CitaPro',
    handlers: createCitaProFake({ baseUrl: 'https://api.citapro.test', timeZone: 'America/Guayaquil', latencyMs }).handlers,
    attributes: { backend: 'citapro', 'api-base': 'https://api.citapro.test', timezone: 'America/Guayaquil', currency: 'USD' },
  },
  latepoint: {
    label: 'LatePoint',
    handlers: createLatePointFake({ baseUrl: 'https://site.latepoint.test/wp-json/latepoint-api/v1', timeZone: 'America/Mexico_City', latencyMs }).handlers,
    attributes: {
      backend: 'latepoint',
      'api-base': 'https://site.latepoint.test/wp-json/latepoint-api/v1',
      timezone: 'America/Mexico_City',
      currency: 'MXN',
    },
  },
  salonbookit: {
    label: 'SalonBookIt',
    handlers: createSalonBookItFake({ baseUrl: 'https://salon.salonbookit.test/api/v1', timeZone: 'Europe/Madrid', latencyMs, demoBookings: true })
      .handlers,
    attributes: {
      backend: 'salonbookit',
      'api-base': 'https://salon.salonbookit.test/api/v1',
      'api-key': 'hh_pub_test_demo',
      'customer-login': '',
      timezone: 'Europe/Madrid',
      currency: 'EUR',
    },
    note: `Cuenta de cliente de prueba: ${SALONBOOKIT_DEMO_CUSTOMER.email} / ${SALONBOOKIT_DEMO_CUSTOMER.password} (${SALONBOOKIT_DEMO_CUSTOMER.points} puntos). Para gestionar una reserva por código, reserva primero y usa el código de la confirmación.`,
  },
  miketsu: {
    label: 'Miketsu Reservations',
    handlers: createMiketsuFake({ baseUrl: 'https://host.miketsu.test/api/v1', timeZone: 'Europe/Budapest', latencyMs }).handlers,
    attributes: {
      backend: 'miketsu',
      'api-base': 'https://host.miketsu.test/api/v1',
      merchant: MIKETSU_IDS.merchant,
      timezone: 'Europe/Budapest',
      currency: 'HUF',
    },
    note: 'Incluye una clase de grupo («Yoga en grupo»): se eligen sesiones con plazas libres.',
  },
  'miketsu-desk': {
    label: 'Miketsu Reservations — recepción (mode="merchant")',
    // The same fake as above, seen by an employee: no handlers of its own.
    handlers: [],
    attributes: {
      backend: 'miketsu',
      mode: 'merchant',
      'api-base': 'https://host.miketsu.test/api/v1',
      merchant: MIKETSU_IDS.merchant,
      timezone: 'Europe/Budapest',
      currency: 'HUF',
    },
    note: 'Modo recepción: el personal reserva para clientes existentes o nuevos, con repeticiones (RFC 5545) y aviso de fechas fuera del horario.',
  },
};
