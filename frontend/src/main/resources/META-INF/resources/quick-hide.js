/*
 * Quick hide (see org.haven.ui.QuickHide): the button with id "quick-hide", Escape twice
 * within a second, or Ctrl+Shift+H blank the page at once, in the browser, and then
 * replace the address with the one that ends the session and leads to a neutral page.
 * Nothing waits for the server before the screen is blank.
 */
(function () {
	'use strict';
	if (window.havenQuickHide) {
		return;
	}
	var ESCAPE_WITHIN_MILLISECONDS = 1000;
	var lastEscape = 0;
	var hidden = false;

	function hide() {
		if (hidden) {
			return;
		}
		hidden = true;
		var target = new URL('quick-hide', document.baseURI).href;
		document.documentElement.innerHTML = '<head><title>Weather</title></head>'
			+ '<body style="margin:0;background:#ffffff"></body>';
		window.location.replace(target);
	}

	window.havenQuickHide = hide;

	document.addEventListener('keydown', function (event) {
		if (event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey
			&& (event.code === 'KeyH' || (event.key && event.key.toLowerCase() === 'h'))) {
			event.preventDefault();
			event.stopImmediatePropagation();
			hide();
			return;
		}
		if (event.key === 'Escape' && !event.repeat) {
			var now = Date.now();
			if (now - lastEscape <= ESCAPE_WITHIN_MILLISECONDS) {
				event.preventDefault();
				event.stopImmediatePropagation();
				hide();
			}
			lastEscape = now;
		}
	}, true);

	document.addEventListener('click', function (event) {
		var path = event.composedPath();
		for (var i = 0; i < path.length; i++) {
			if (path[i].id === 'quick-hide') {
				event.preventDefault();
				event.stopImmediatePropagation();
				hide();
				return;
			}
		}
	}, true);
})();
