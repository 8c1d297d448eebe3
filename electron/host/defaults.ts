import path from 'node:path';

/** The browser host's database when none is named (relative to the working folder). */
export const DEFAULT_HOST_DB = path.join('data', 'bostadsportfoljen.sqlite');
