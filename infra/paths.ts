import path from 'node:path';

/** The repository root: ToyApi's API directory, and the folder holding `package-lock.json`. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '..');
