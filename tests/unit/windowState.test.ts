import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, restoreWindowState } from '../../electron/desktop/windowState';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 };
const DOCK_RIGHT = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('opens where it was left, maximised or not', () => {
    const saved = { bounds: { x: 2100, y: 80, width: 1600, height: 1000 }, maximized: true };
    expect(restoreWindowState(saved, [LAPTOP, DOCK_RIGHT])).toEqual(saved);
  });

  it('drops a position on a screen that is gone, keeping the size', () => {
    const saved = { bounds: { x: 2100, y: 80, width: 1600, height: 1000 }, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP])).toEqual({ bounds: { width: 1600, height: 1000 }, maximized: false });
  });

  it('refuses nonsense and keeps the minimum size', () => {
    expect(restoreWindowState(null, [LAPTOP])).toEqual(DEFAULT_WINDOW);
    expect(restoreWindowState({ bounds: { x: 'a' } }, [LAPTOP])).toEqual(DEFAULT_WINDOW);
    expect(restoreWindowState({ bounds: { x: 10, y: 10, width: 200, height: 100 } }, [LAPTOP]).bounds).toEqual({
      x: 10,
      y: 10,
      width: 1000,
      height: 640,
    });
  });
});
