import type { FrontDeskCustomer, KnownCustomer, RecurrenceRule, Service, Slot } from '../../core/model.js';
import { normalizeClient, validateClient, type ClientProblem } from '../../core/validation.js';

/* What the front desk has entered so far, and the rules on it. Plain data, no DOM. */

/** A customer the front desk types in, not yet known to the business. */
export interface NewCustomer {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export type NewCustomerField = keyof NewCustomer;

/** On the booking: an existing customer (has `id`) or a new one. */
export type DeskCustomer = KnownCustomer | NewCustomer;

export interface FrontDeskDraft {
  customers: DeskCustomer[];
  /** Typed into "Add a new customer" but not added yet. */
  pending: NewCustomer;
  /** The "Add a new customer" fields are open. */
  adding: boolean;
  /** The search field's text. */
  search: string;
  note: string;
  /** The series; absent for a single booking. */
  rule?: RecurrenceRule;
}

export const emptyNewCustomer = (): NewCustomer => ({ firstName: '', lastName: '', email: '', phone: '' });

export const emptyDraft = (): FrontDeskDraft => ({
  customers: [],
  pending: emptyNewCustomer(),
  adding: false,
  search: '',
  note: '',
});

export const isKnown = (customer: DeskCustomer): customer is KnownCustomer => 'id' in customer && !!customer.id;

export const customerName = (customer: DeskCustomer): string =>
  [customer.firstName, customer.lastName].map((part) => part.trim()).filter(Boolean).join(' ');

/** E-mail, else phone: what tells two people of the same name apart. */
export const customerContact = (customer: DeskCustomer): string => customer.email?.trim() || customer.phone?.trim() || '';

export const hasTyped = (customer: NewCustomer): boolean => Object.values(customer).some((value) => value.trim() !== '');

/**
 * The client form's rules (src/core/validation.ts), except that e-mail and phone may be left out: the
 * desk often books someone standing in front of it. What is given must still be well formed.
 */
export function validateNewCustomer(customer: NewCustomer): Partial<Record<NewCustomerField, ClientProblem>> {
  const { notes: _notes, ...problems } = validateClient({ ...customer, notes: '' });
  if (!customer.email.trim()) delete problems.email;
  if (!customer.phone.trim()) delete problems.phone;
  return problems;
}

export function normalizeNewCustomer(customer: NewCustomer): NewCustomer {
  const { notes: _notes, ...normalized } = normalizeClient({ ...customer, notes: '' });
  return normalized;
}

/** Whether `customer` is already on the list (same id, or a new one with the same name and contact). */
export function isListed(customers: readonly DeskCustomer[], customer: DeskCustomer): boolean {
  return customers.some((other) =>
    isKnown(customer) || isKnown(other)
      ? isKnown(customer) && isKnown(other) && other.id === customer.id
      : customerName(other).toLowerCase() === customerName(customer).toLowerCase() &&
        customerContact(other).toLowerCase() === customerContact(customer).toLowerCase(),
  );
}

/**
 * How many customers this booking takes: one for an appointment; for a group service the seats the
 * chosen session has left (or its capacity), `undefined` when the backend does not say.
 */
export function customerLimit(service: Service | undefined, slot: Slot | undefined): number | undefined {
  if (!service?.group) return 1;
  return slot?.session?.seatsLeft ?? slot?.session?.capacity;
}

/** The customers as the adapter takes them: existing ones by id (name kept for showing), new ones by their details. */
export const requestCustomers = (customers: readonly DeskCustomer[]): FrontDeskCustomer[] =>
  customers.map((customer) =>
    isKnown(customer)
      ? { id: customer.id, name: customerName(customer) }
      : { firstName: customer.firstName, lastName: customer.lastName, email: customer.email, phone: customer.phone },
  );
