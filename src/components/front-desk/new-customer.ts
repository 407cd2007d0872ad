import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ClientProblem } from '../../core/validation.js';
import { clientLimits } from '../../core/validation.js';
import type { Messages } from '../../i18n/index.js';
import { errorIcon } from '../../styles/icons.js';
import type { NewCustomer, NewCustomerField } from './draft.js';

/* The "New customer" fields of the front-desk form, rendered by it (they are part of its form). */

const fields: ReadonlyArray<{ name: NewCustomerField; type: 'text' | 'email' | 'tel'; autocomplete: string; required: boolean }> = [
  { name: 'firstName', type: 'text', autocomplete: 'off', required: true },
  { name: 'lastName', type: 'text', autocomplete: 'off', required: true },
  { name: 'email', type: 'email', autocomplete: 'off', required: false },
  { name: 'phone', type: 'tel', autocomplete: 'off', required: false },
];

export const newCustomerFieldOrder = fields.map((field) => field.name);

export function problemMessage(field: NewCustomerField, problem: ClientProblem, t: Messages): string {
  switch (problem) {
    case 'required':
      return t.errRequired;
    case 'email':
      return t.errEmail;
    case 'phone':
      return t.errPhone;
    case 'too-long':
      return t.errTooLong(clientLimits[field]);
  }
}

export interface NewCustomerView {
  value: NewCustomer;
  problems: Partial<Record<NewCustomerField, ClientProblem>>;
  t: Messages;
  onAdd: () => void;
  onCancel: () => void;
}

/**
 * The fields are named `new-<field>`; Enter in them adds the customer instead of submitting the whole
 * form. Only in the fields: Enter on a button keeps its own meaning ("Cancel" cancels).
 */
export function renderNewCustomer({ value, problems, t, onAdd, onCancel }: NewCustomerView) {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    onAdd();
  };
  return html`<fieldset part="new-customer" @keydown=${onKeydown}>
    <legend part="legend">${t.deskNewCustomerLegend}</legend>
    <p part="hint" id="new-hint">${t.deskContactHint}</p>
    <div part="new-fields">
      ${fields.map(({ name, type, autocomplete, required }) => {
        const problem = problems[name];
        return html`<div part="field">
          <label part="label" for="new-${name}"
            >${t[name]}${required ? nothing : html` <span part="optional">(${t.optional})</span>`}</label
          >
          <input
            part="input"
            id="new-${name}"
            name="new-${name}"
            type=${type}
            autocomplete=${autocomplete}
            autocapitalize=${type === 'text' ? 'words' : 'off'}
            spellcheck="false"
            ?required=${required}
            aria-required=${required ? 'true' : 'false'}
            aria-invalid=${ifDefined(problem ? 'true' : undefined)}
            aria-describedby=${ifDefined(problem ? `new-${name}-error` : name === 'email' || name === 'phone' ? 'new-hint' : undefined)}
            .value=${live(value[name])}
          />
          ${problem
            ? html`<p part="error" id="new-${name}-error"><span>${errorIcon}<span>${problemMessage(name, problem, t)}</span></span></p>`
            : nothing}
        </div>`;
      })}
    </div>
    <div part="actions">
      <button part="add-customer" type="button" @click=${onAdd}>${t.deskAddCustomer}</button>
      <button part="cancel" type="button" @click=${onCancel}>${t.deskCancelNew}</button>
    </div>
  </fieldset>`;
}
