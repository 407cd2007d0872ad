import type { ClientDetails, ClientField } from './model.js';

export type ClientProblem = 'required' | 'email' | 'phone' | 'too-long';

export const clientLimits: Record<ClientField, number> = {
  firstName: 80,
  lastName: 80,
  email: 254,
  phone: 32,
  notes: 1000,
};

const requiredFields: readonly ClientField[] = ['firstName', 'lastName', 'email', 'phone'];

// Deliberately loose: a single @ with something on both sides and a dot in the domain. Stricter
// patterns reject real addresses; the backend has the final word.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Looks like an e-mail address (surrounding spaces ignored); shared by the details form and sign-in. */
export const isPlausibleEmail = (email: string): boolean => emailPattern.test(email.trim());

export function validateClient(client: ClientDetails): Partial<Record<ClientField, ClientProblem>> {
  const problems: Partial<Record<ClientField, ClientProblem>> = {};
  for (const field of Object.keys(clientLimits) as ClientField[]) {
    const value = client[field].trim();
    if (requiredFields.includes(field) && value === '') problems[field] = 'required';
    else if (value.length > clientLimits[field]) problems[field] = 'too-long';
  }
  if (!problems.email && !isPlausibleEmail(client.email)) problems.email = 'email';
  if (!problems.phone && !isPlausiblePhone(client.phone)) problems.phone = 'phone';
  return problems;
}

/** 7–15 digits (E.164's maximum), with the usual separators and an optional leading +. */
export function isPlausiblePhone(phone: string): boolean {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** Trimmed values, the phone without spaces and punctuation other than a leading +. */
export function normalizeClient(client: ClientDetails): ClientDetails {
  const phone = client.phone.trim();
  return {
    firstName: client.firstName.trim(),
    lastName: client.lastName.trim(),
    email: client.email.trim(),
    phone: (phone.startsWith('+') ? '+' : '') + phone.replace(/\D/g, ''),
    notes: client.notes.trim(),
  };
}
