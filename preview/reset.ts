// `npm run preview:reset`: forget the preview's saved workbook; the next start builds the sample afresh.
import { DEFAULT_STATE_DIR, resetPreviewState } from './state-file';

resetPreviewState(DEFAULT_STATE_DIR);
console.log(`Removed the preview's saved state in ${DEFAULT_STATE_DIR}.`);
