import { optionListStyles } from '../../styles/option-list.js';

// Same list, options and states as the service picker, so the steps look alike.
export const styles = optionListStyles;
