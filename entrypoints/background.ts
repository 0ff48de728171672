/**
 * Background: wiring only, and almost none is needed. The toolbar click and its keyboard
 * shortcut (_execute_action, Alt+Shift+B) open the popup natively; the popup injects the page
 * scripts itself (src/messaging/protocol.ts) and the library page talks to IndexedDB directly.
 * No listeners that read pages, no network.
 */
export default defineBackground(() => {
  // Intentionally empty.
});
