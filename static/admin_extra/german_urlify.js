// Django's URLify drops umlauts to a single letter ("ü" -> "u"). German readers expect
// "ue", "oe", "ae" and "ss", as the server-side slugs produce; wrap URLify accordingly.
'use strict';
(function() {
    const GERMAN = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ẞ': 'SS'};
    const urlify = window.URLify;
    if (typeof urlify !== 'function') {
        return;
    }
    window.URLify = function(text, maxLength, allowUnicode) {
        return urlify(text.replace(/[äöüßÄÖÜẞ]/g, (letter) => GERMAN[letter]), maxLength, allowUnicode);
    };
})();
