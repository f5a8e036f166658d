/*
 * Quick hide (see org.haven.ui.QuickHide): the button with id "quick-hide" or Ctrl+Shift+H
 * blank the page at once, in the browser, and then replace the address with the one that
 * ends the session and leads to a neutral page. Nothing waits for the server before the
 * screen is blank. Text being typed in a field marked data-haven-keep-on-quick-hide is
 * handed to the server first (as typing is), so that it can be kept as a draft; the
 * address is replaced when the server has it, or after KEEP_WAIT_MILLISECONDS at most.
 * Nothing is written to the browser's storage.
 */
(function () {
	'use strict';
	if (window.havenQuickHide) {
		return;
	}
	var KEEP_WAIT_MILLISECONDS = 2000;
	var hidden = false;

	function handOverWhatIsTyped() {
		var handedOver = [];
		var fields = document.querySelectorAll('[data-haven-keep-on-quick-hide]');
		for (var i = 0; i < fields.length; i++) {
			var field = fields[i];
			if (field.$server && typeof field.$server.keepBeforeQuickHide === 'function') {
				try {
					handedOver.push(field.$server.keepBeforeQuickHide(field.value || ''));
				} catch (ignored) {
					// the page is hidden whatever happens to the draft
				}
			}
		}
		return handedOver;
	}

	function hide() {
		if (hidden) {
			return;
		}
		hidden = true;
		var handedOver = handOverWhatIsTyped();
		var target = new URL('quick-hide', document.baseURI).href;
		document.documentElement.innerHTML = '<head><title>Weather</title></head>'
			+ '<body style="margin:0;background:#ffffff"></body>';
		var left = false;
		function leave() {
			if (!left) {
				left = true;
				window.location.replace(target);
			}
		}
		if (handedOver.length === 0) {
			leave();
			return;
		}
		window.setTimeout(leave, KEEP_WAIT_MILLISECONDS);
		Promise.all(handedOver).then(leave, leave);
	}

	window.havenQuickHide = hide;

	document.addEventListener('keydown', function (event) {
		if (event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey
			&& (event.code === 'KeyH' || (event.key && event.key.toLowerCase() === 'h'))) {
			event.preventDefault();
			event.stopImmediatePropagation();
			hide();
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
