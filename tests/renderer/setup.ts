/** Runs before each renderer test file: the bridge onto the real back end, and a clean document after each test. */
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { closeTestBackEnd, testBackEnd } from './backEnd';

window.bostad = { invoke: async (name, input) => (await testBackEnd()).send(name, input) };

afterEach(() => cleanup());
afterAll(() => closeTestBackEnd());
