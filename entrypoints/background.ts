export default defineBackground(() => {
  // Wiring only; see src/. (placeholder)
});
