/* A form that came back with errors opens with a summary of them (includes/error_summary.html).
   This only helps: it moves the focus to the summary, so a screen reader reads it out and the
   keyboard starts from it; without this file the summary is still the first thing on the page. */
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
