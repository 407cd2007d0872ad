import { optionListStyles } from '../../styles/option-list.js';

// The shared picker look; a service option has no extras.
export const styles = optionListStyles;
