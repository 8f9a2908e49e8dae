"""English for ../declaration.py."""

DECLARATION = {
    "title": "Declaration of support for SOS Community Support Centre Pernik",
    "slug": "declaration-pernik",
    "intro": (
        "SOS Community Support Centre Pernik works without public funding. By signing, you call for "
        "the centre to be included in the map of social services and funded by the state."
    ),
    "search_description": (
        "Sign the declaration of support for SOS Community Support Centre Pernik, which runs on "
        "donations alone."
    ),
    "body": [
        (
            "paragraph",
            "<p>We, the undersigned citizens, professionals, service users and partners of SOS "
            "Community Support Centre Pernik, express our firm support for the sustainable "
            "development of this social service. For years it has given timely, professional "
            "support to children and families in the community, and it is run by the association "
            "SOS Children's Villages Bulgaria.</p>",
        ),
        ("heading", "Why the centre matters"),
        (
            "paragraph",
            "<p>The centre has worked in Pernik municipality since 2016 and directly continues "
            "Community Support Centre Radomir, opened in 2008: more than 17 years of supporting "
            "children and families at risk. Its work is licensed by the Agency for Quality of "
            "Social Services (AKSU) and meets the Methodology for Providing the Social Service "
            "“Community Support Centre”.</p>"
            "<p>In 2025 alone, the centre reached more than 1,000 people through community work, "
            "and each month it supported on average more than 70 children and parents through "
            "individual and family work.</p>"
            "<p>The centre receives no public funding. It works thanks to donations from citizens "
            "and companies. Without sustainable funding, access to the service is at risk.</p>",
        ),
        ("heading", "What we ask"),
        (
            "paragraph",
            "<ul><li>That SOS Community Support Centre Pernik be included in the Regional and "
            "National Maps of Social Services.</li>"
            "<li>That the centre be funded as a state-delegated activity under the Social Services "
            "Act.</li></ul>",
        ),
        ("heading", "Who will receive the declaration"),
        (
            "paragraph",
            "<ul><li>the Mayor of Pernik Municipality</li>"
            "<li>the Chair of Pernik Municipal Council</li>"
            "<li>the Regional Governor of Pernik Region</li>"
            "<li>the Director of the Regional Social Assistance Directorate</li>"
            "<li>the Social Assistance Agency (ASP)</li>"
            "<li>the State Agency for Child Protection (SACP)</li>"
            "<li>the Agency for Quality of Social Services (AKSU)</li>"
            "<li>the Minister of Labour and Social Policy</li></ul>",
        ),
    ],
    "consent_text": (
        "By signing, you agree that SOS Community Support Centre Pernik will see the information "
        "you give in this form. We use it only to count the signatures and to hand them, with the "
        "declaration, to the institutions listed. Your e-mail address is never shown publicly."
    ),
    "thank_you": (
        "<p>Thank you! Your signature has been added to the declaration. If you would like to help "
        "more, tell the people around you about it.</p>"
    ),
}
