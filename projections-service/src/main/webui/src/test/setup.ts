
// Mantine reads these browser APIs, which jsdom does not have.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {},
    addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  }),
});
class NoResizeObserver { observe() {} unobserve() {} disconnect() {} }
window.ResizeObserver = window.ResizeObserver ?? NoResizeObserver;
