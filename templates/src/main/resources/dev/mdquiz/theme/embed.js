/* mdquiz embedding: inside another page's frame, a quiz page hides the course's navigation and tells the parent
   its height, so that a docs site can show it at its full height (docs/embedding.md). Alone, it does nothing. */
(function () {
  'use strict';
  var framed;
  try { framed = window.self !== window.top; } catch (ignored) { framed = true; }
  if (!framed) return;
  var root = document.querySelector('[data-quiz]');
  var html = document.documentElement;
  html.setAttribute('data-framed', '');
  // The navigation stays when the frame's URL asks for it (?nav=1), and when the learner came here through it: a
  // whole course in a frame (an LMS showing the index) keeps working. Otherwise the frame shows the quiz alone.
  function page(url) { return url.split(/[?#]/)[0].replace(/index\.html$/, ''); }
  var throughCourse = Array.prototype.some.call(document.querySelectorAll('.site-nav a, .pager a'), function (link) {
    return page(link.href) === page(document.referrer);
  });
  if (!/[?&]nav=1(&|$)/.test(location.search) && !throughCourse) {
    html.setAttribute('data-embedded', '');
    // Links to other pages open in a new tab: the docs page and the answers given stay. In-page links stay here.
    document.addEventListener('click', function (event) {
      var link = event.target.closest('a[href]');
      if (link && page(link.href) !== page(location.href)) link.target = '_blank';
    });
  }

  // {type, version, quiz, height}: the shape docs/embedding.md documents. The height is no secret, so any parent
  // may read it ('*'); the parent checks that the message comes from its frame (event.source).
  var posted = -1;
  function post() {
    // The root element's own height, which does not grow with the frame as the viewport's scroll height would.
    var height = Math.ceil(html.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ type: 'mdquiz:height', version: 1, quiz: root.getAttribute('data-quiz'), height: height }, '*');
  }
  // A resize observer reports at most once a frame, after layout: verdicts, hints, explanations, images, a new
  // width. Only a changed height is sent, so a parent that sets the frame's height to it ends the exchange.
  if (window.ResizeObserver) new ResizeObserver(post).observe(html);
  window.addEventListener('load', post); // browsers throttle rendering in frames out of view, but not this
  // A parent that starts listening late asks again.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'mdquiz:height-request') {
      posted = -1;
      post();
    }
  });
})();
