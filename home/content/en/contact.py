"""English of home/content/contact.py, field for field in the same order."""

CONTACT_FORM = {
    "title": "Write to us",
    "slug": "write-to-us",
    "search_description": "Send a message to the centre's team. The services are free.",
    "intro": (
        "<p>Write to us if you have a question or are looking for support for a child or a family. "
        "The centre's services are free.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you. The centre's team will read your message and get in touch in the way you gave.</p>"
    ),
    "form_fields": [
        {"label": "Your name", "help_text": "What should we call you? A first name is enough."},
        {"label": "How can we reach you?", "help_text": "A phone number or an e-mail address: at least one."},
        {"label": "Topic", "help_text": "Optional: what your question is about."},
        {
            "label": "Message",
            "help_text": (
                "Briefly, how can we help? Please do not write details of health or abuse here – we "
                "will talk them through in person."
            ),
        },
        {"label": "I agree that the centre uses my details to answer me.", "help_text": ""},
    ],
}
