"""English of seed/content/contact.py, field for field in the same order."""

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
        {
            "label": "Topic",
            "help_text": (
                "Optional: what your question is about. If you are a professional referring a child, "
                "choose “Referral by a professional”."
            ),
        },
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

NETWORK_CONTACT_FORM = {
    "title": "Write to the network team",
    "slug": "write-to-the-network",
    "search_description": (
        "Companies, gifts in kind, volunteers and the press: write to the team of the network of "
        "Community Support Centres."
    ),
    "intro": (
        "<p>Write to us if you represent a company, would like to give goods or services, to help "
        "as a volunteer, or are a journalist. Your message reaches the network team, not a single "
        "centre.</p>"
        "<p>If you are looking for support for a child or a family, write straight to a centre: you "
        "will find it on the page “How to get help”.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you. The network team will read your message and get in touch in the way you gave.</p>"
    ),
    "form_fields": [
        {"label": "Your name", "help_text": "What should we call you?"},
        {
            "label": "Company, organisation or media outlet",
            "help_text": "Optional: on whose behalf you write.",
        },
        {"label": "How can we reach you?", "help_text": "A phone number or an e-mail address: at least one."},
        {"label": "Topic", "help_text": "What your message is about."},
        {"label": "Message", "help_text": "Briefly, what you offer or ask."},
        {"label": "I agree that the network team uses my details to answer me.", "help_text": ""},
    ],
}
