/**
 * Drive elements the way a person does: find controls by role and accessible name (through shadow
 * roots), click with the real mouse, type and press keys with the real keyboard.
 */
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import {
  findByShadowRole,
  findByShadowText,
  findAllByShadowRole,
  queryByShadowRole,
  queryAllByShadowRole,
  screen as shadowScreen,
} from 'shadow-dom-testing-library';
import { waitFor } from '@testing-library/dom';

export { findByShadowRole, findByShadowText, findAllByShadowRole, queryByShadowRole, queryAllByShadowRole, waitFor };
export const screen = shadowScreen;

/** Clicks the centre of an element with the real mouse (it must be visible). */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) throw new Error(`Cannot click an invisible element: ${describe(element)}`);
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
  await resetMouse();
}

/** Focuses a field by clicking it, selects what is there, and types `text` (empty text clears it). */
export async function type(field: Element, text: string): Promise<void> {
  await click(field);
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
}

export const press = (key: string) => sendKeys({ press: key });

function describe(element: Element): string {
  return `<${element.localName}${element.id ? ` id=${element.id}` : ''}> "${element.textContent?.trim().slice(0, 40)}"`;
}

/** Document's active element, following focus into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
