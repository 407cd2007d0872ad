// The demo's backends: each fake answers at its own base URL inside the page (msw's worker), and the
// switcher only changes the widget's attributes, as a merchant on that system would write them.
import type { RequestHandler } from 'msw';
import {
  createCitaProFake,
  createLatePointFake,
  createMiketsuFake,
  createSalonBookItFake,
  MIKETSU_IDS,
} from '../src/mocks/index.js';

export interface DemoBackend {
  label: string;
  handlers: RequestHandler[];
  /** The widget's attributes for this backend. */
  attributes: Record<string, string>;
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
    handlers: createSalonBookItFake({ baseUrl: 'https://salon.salonbookit.test/api/v1', timeZone: 'Europe/Madrid', latencyMs }).handlers,
    attributes: {
      backend: 'salonbookit',
      'api-base': 'https://salon.salonbookit.test/api/v1',
      'api-key': 'hh_pub_test_demo',
      timezone: 'Europe/Madrid',
      currency: 'EUR',
    },
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
  },
};
