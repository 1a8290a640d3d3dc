// One entry of the side menu. Its own module, so that a feature's menu entries (pages/<feature>/menu.ts)
// can be typed without importing the menu that gathers them.
export interface MenuEntry {
  path: string;
  label: string;
  /** Shown to users with any of these roles; absent = to everyone. */
  roles?: readonly string[];
}
