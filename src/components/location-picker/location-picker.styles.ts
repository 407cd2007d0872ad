import { optionListStyles } from '../service-picker/service-picker.styles.js';

// Same list, options and states as the service picker, so the steps look alike.
export const styles = optionListStyles;
