"""English for ../giving.py."""

DONATE = {
    "title": "Donate",
    "slug": "donate",
    "search_description": (
        "Give to the SOS Community Support Centres: by bank transfer with a QR code, to the work "
        "as a whole, to SOS Community Support Centre Pernik, or to the campaign to keep it open."
    ),
    "intro": (
        "The centres help children and parents free of charge. SOS Community Support Centre "
        "Pernik receives no public funding and works thanks to donations from individuals and "
        "companies. Your gift helps this support go on."
    ),
    "purposes": [
        (
            "purpose",
            {
                "key": "general",
                "name": "Where it is needed most",
                "reference": "Donation",
                "description": "For the SOS Community Support Centres' work with children and families.",
            },
        ),
        (
            "purpose",
            {
                "key": "pernik",
                "name": "SOS Community Support Centre Pernik",
                "reference": "Donation SOS Community Support Centre Pernik",
                "description": (
                    "The centre receives no public funding and works thanks to donations from "
                    "individuals and companies."
                ),
            },
        ),
        (
            "purpose",
            {
                "key": "keep-pernik-open",
                "name": "Campaign “Keep SOS Community Support Centre Pernik open”",
                "reference": "Donation campaign SOS Community Support Centre Pernik",
                "description": "Without sustainable funding, access to the centre's services is at risk.",
            },
        ),
    ],
    "figures": [
        {
            "value": "1000+",
            "label": "people in community work at SOS Community Support Centre Pernik",
            "as_of": "2025",
        },
        {
            "value": "70+",
            "label": (
                "children and parents a month in individual and family work at SOS Community "
                "Support Centre Pernik"
            ),
            "as_of": "2025",
        },
        {"value": "60 + 50", "label": "children and adults every month at each SOS consultative centre"},
    ],
    "tax_relief": (
        "<p>Donations to public-benefit organisations reduce the donor's tax base:</p>"
        "<ul>"
        "<li><b>Individuals</b>: up to 5% of the annual tax base (Personal Income Tax Act, "
        "art. 22).</li>"
        "<li><b>Companies</b>: up to 10% of accounting profit (Corporate Income Tax Act, "
        "art. 31).</li>"
        "</ul>"
    ),
    "corporate_text": (
        "<p>Companies can support the centres through donations, sponsorship and long-term "
        "partnership with SOS Children's Villages Bulgaria.</p>"
    ),
    "in_kind_text": (
        "<p>You can also give things or services the centres need. Please ask us first what is "
        "needed at the moment.</p>"
    ),
    "volunteer_text": (
        "<p>You can also support the centres with your time as a volunteer. SOS Community "
        "Support Centre Veliko Tarnovo, for example, is building a volunteer network.</p>"
    ),
}

CAMPAIGN = {
    "title": "Keep SOS Community Support Centre Pernik open",
    "slug": "campaign-pernik",
    "search_description": (
        "SOS Community Support Centre Pernik runs on donations alone. Donate or sign the "
        "declaration of support."
    ),
    "intro": (
        "SOS Community Support Centre Pernik receives no public funding. It works thanks to "
        "donations from individuals and companies, and without sustainable funding, access to the "
        "service is at risk."
    ),
    "body": [
        ("heading", "Why the centre matters"),
        (
            "paragraph",
            "<p>The centre has worked in Pernik municipality since 2016 and continues the work of "
            "Community Support Centre Radomir, opened in 2008: more than 17 years of supporting "
            "children and families.</p>"
            "<p>In 2025 the centre reached more than 1,000 people through community work, and "
            "each month it supported on average more than 70 children and parents through "
            "individual and family work.</p>",
        ),
        ("heading", "How you can help"),
        (
            "paragraph",
            "<ul><li>Give to the campaign, by bank transfer or with the QR code on the Donate "
            "page.</li>"
            "<li>Sign the declaration asking for the centre to be included in the map of social "
            "services and funded by the state.</li></ul>",
        ),
    ],
}
