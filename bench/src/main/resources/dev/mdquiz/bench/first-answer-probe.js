// Injected before any script of the page (CDP Page.addScriptToEvaluateOnNewDocument). Records in
// window.__mdquizBench.answerableAt the performance.now() at which the page's first answer control can be
// clicked: it exists, is enabled, and it or one of its labels has a box and is not hidden (quizdown hides its
// radio buttons and makes the label the click target). Watches the document and every shadow root the page
// attaches (quizdown renders into one), and checks on every animation frame for changes that come from CSS.
(() => {
  const probe = { answerableAt: null };
  Object.defineProperty(window, '__mdquizBench', { value: probe });
  const CONTROLS = 'input[type=radio], input[type=checkbox], input[type=text], input:not([type]), select, textarea';
  const roots = [document];
  const observers = [];

  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const clickable = (control) => !control.disabled && (shown(control) || Array.from(control.labels || []).some(shown));

  const check = () => {
    if (probe.answerableAt !== null) {
      return true;
    }
    for (const root of roots) {
      const first = root.querySelector(CONTROLS);
      if (first && clickable(first)) {
        probe.answerableAt = performance.now();
        observers.forEach((observer) => observer.disconnect());
        return true;
      }
    }
    return false;
  };
  const watch = (root) => {
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    observers.push(observer);
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
  watch(document);
  const frame = () => {
    if (!check()) {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
})();
