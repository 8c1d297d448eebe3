/**
 * The main window opens where the user left it: size, position and
 * whether it was maximised, kept in the desktop settings file. A position
 * on a screen that is no longer there (the laptop left its dock) is
 * dropped, so the window never opens out of sight.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | { width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_WINDOW: WindowState = { bounds: { width: 1440, height: 900 }, maximized: false };
export const MIN_SIZE = { width: 1000, height: 640 };

function isRect(value: unknown): value is Rect {
  const r = value as Partial<Rect> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** How much of `a` lies on `b`, in square pixels. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The state to open with, from what was saved and the screens' work areas now. */
export function restoreWindowState(saved: unknown, workAreas: Rect[]): WindowState {
  const s = saved as { bounds?: unknown; maximized?: unknown } | null;
  if (typeof s !== 'object' || s === null || !isRect(s.bounds)) return DEFAULT_WINDOW;
  const maximized = s.maximized === true;
  const width = Math.max(MIN_SIZE.width, Math.round(s.bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(s.bounds.height));
  const bounds = { x: Math.round(s.bounds.x), y: Math.round(s.bounds.y), width, height };
  // At least a quarter of the window, and its title bar, must be on a screen.
  const titleBar = { ...bounds, height: 40 };
  const visible = workAreas.some(
    (area) => overlap(bounds, area) >= (width * height) / 4 && overlap(titleBar, area) > 0,
  );
  return visible ? { bounds, maximized } : { bounds: { width, height }, maximized };
}
