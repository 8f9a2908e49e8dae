/* The main menu is a <details> disclosure that works without this file. This only helps:
   it keeps the menu open on wide screens (for browsers whose CSS cannot), and Escape closes
   it on a phone and gives the focus back to the "Menu" button. */
(function () {
    "use strict";
    var menu = document.querySelector("[data-menu]");
    if (!menu) {
        return;
    }
    var wide = window.matchMedia("(min-width: 48em)");
    function fit() {
        menu.open = wide.matches;
    }
    fit();
    wide.addEventListener("change", fit);
    menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open && !wide.matches) {
            menu.open = false;
            menu.querySelector("summary").focus();
        }
    });
})();
