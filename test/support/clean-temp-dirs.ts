/**
 * Removes the temporary folders a test made (tempDir, tempRepo) after each test. A setup file,
 * not a hook registered by temp-repo.ts on import: with isolation off, a worker evaluates that
 * module once for all its test files, but runs every setup file again before each test file.
 */
import { afterEach } from 'vitest';
import { removeTempDirs } from './temp-repo.js';

afterEach(removeTempDirs);
