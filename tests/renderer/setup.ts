/** Runs before each renderer test file: the bridge onto the real back end, and a clean document after each test. */
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { closeTestBackEnd, testBackEnd } from './backEnd';

window.bostad = {
  invoke: async (name, input) => (await testBackEnd()).send(name, input),
  // One user on the test back end: no colleague's change ever arrives, so there is nothing to hear.
  onChanges: () => () => undefined,
};

// jsdom lays nothing out, so it has no scrolling to do: a form that scrolls to its top gets a no-op.
Element.prototype.scrollIntoView = () => undefined;

// The back end answers one call at a time, and a form's panels (history,
// leases, units) ask too: on a loaded machine an answer can take seconds.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
afterAll(() => closeTestBackEnd());
