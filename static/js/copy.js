/* Copy buttons for the giving details (IBAN, reference, SMS text). The details are plain,
   selectable text without JavaScript; this only adds a button beside each one. The labels come
   from the page (data-copy-label, data-copied-label) so they are in the visitor's language. */
(function () {
    "use strict";
    if (!navigator.clipboard || !window.isSecureContext) {
        return; /* no clipboard access: the text stays selectable, which is enough */
    }
    document.querySelectorAll("[data-copy-label]").forEach(function (section) {
        var label = section.getAttribute("data-copy-label");
        var copied = section.getAttribute("data-copied-label");
        section.querySelectorAll("[data-copy]").forEach(function (item) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "copy-button";
            button.textContent = label;
            /* say what is copied: "Copy" alone is ambiguous to a screen reader */
            button.setAttribute("aria-label", label + ": " + item.textContent.trim());
            var status = document.createElement("span");
            status.className = "copy-status";
            status.setAttribute("role", "status");
            button.addEventListener("click", function () {
                var text = item.getAttribute("data-copy") || item.textContent.trim();
                navigator.clipboard.writeText(text).then(function () {
                    status.textContent = copied;
                    window.setTimeout(function () { status.textContent = ""; }, 3000);
                });
            });
            item.after(" ", button, status);
        });
    });
})();
