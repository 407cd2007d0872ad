import { exportParts, type SubElement } from '../../styles/parts.js';

/* The account elements' parts are listed with every other element's, in src/styles/parts.ts. */
export type AccountElement = Extract<SubElement, 'booking-sign-in' | 'booking-manage'>;

/** The `exportparts` value for one of them inside the widget (`sign-in-*`, `manage-*`). */
export const accountExportParts = (tag: AccountElement): string => exportParts(tag);
