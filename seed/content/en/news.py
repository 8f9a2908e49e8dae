"""English for ../news.py: NEWS_INDEX, and NEWS keyed by their "key"."""

NEWS_INDEX = {
    "title": "News",
    "slug": "news",
    "intro": "What is happening in and around the Community Support Centres.",
    "search_description": "News from the Community Support Centres in the network.",
}

NEWS_TOPICS = {
    "kazanlak": {"name": "Kazanlak", "slug": "kazanlak"},
    "razlog": {"name": "Razlog", "slug": "razlog"},
    "pernik": {"name": "Pernik", "slug": "pernik"},
    "otkrivane": {"name": "centre opening", "slug": "centre-opening"},
    "deklaratsia": {"name": "declaration", "slug": "declaration"},
    "finansirane": {"name": "funding", "slug": "funding"},
}

NEWS = {
    "nov-tsop-kazanlak": {
        "title": "New Community Support Centre in Kazanlak",
        "image_alt": "A drawing of a house with a warmly lit window, a heart above the roof and a path to the door.",
        "slug": "new-community-support-centre-kazanlak",
        "lead": (
            "A Community Support Centre for children and families is now open in Kazanlak. Its "
            "services are free, and in its first four months the team supported 55 children and "
            "families."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Association “Future for Children” (Сдружение „Бъдеще за децата“) and "
                "Kazanlak Municipality presented the social service “Community Support Centre”. The "
                "centre is part of the social reform that began in Bulgaria years ago. It is being "
                "developed as an activity funded by the state and is aimed at children and families "
                "at risk.</p>"
                "<p>After a procedure to select a provider, running the centre was entrusted to the "
                "Association “Future for Children with Disabilities” (СНЦ „Бъдеще за децата с "
                "увреждания“) in partnership with the Association “Samaritans” (Сдружение "
                "„Самаряни“), said the municipality's deputy mayor, Liliya Tsonkova. The centre has "
                "a capacity of 60 places and a staff of 12.</p>",
            ),
            ("heading", "Who helps"),
            (
                "paragraph",
                "<p>The team is made up of young, ambitious specialists. People in Kazanlak can get "
                "advice from psychologists, social workers, a social assistant, a social pedagogue, "
                "a speech therapist, an occupational therapist and a lawyer. All services are "
                "free.</p>",
            ),
            ("heading", "How to reach the centre"),
            (
                "paragraph",
                "<ul>"
                "<li>with a referral or an order from the Child Protection Department of the Social "
                "Assistance Directorate;</li>"
                "<li>with an application and a referral from another institution or organisation: "
                "the children's police unit, a school, a kindergarten, a hospital and others;</li>"
                "<li>at the personal request of a parent or guardian.</li>"
                "</ul>",
            ),
            ("heading", "Areas of work"),
            (
                "paragraph",
                "<p>The centre works in five main areas, which cover preventing child abandonment "
                "and the placement of children in institutions; preventing violence and school "
                "drop-out; deinstitutionalisation and reintegration; counselling and support for "
                "families at risk, including foster families and adoptive parents; counselling and "
                "support for children with behavioural problems; and support for children and young "
                "people with special needs.</p>"
                "<p>The centre is part of a mechanism for coordination between all the institutions "
                "and organisations in the town. Deputy Mayor Liliya Tsonkova stated the "
                "municipality's firm support for programmes and projects that improve work with "
                "vulnerable children: children at risk of abandonment, children in institutions, "
                "children at risk of dropping out of school, children with antisocial behaviour, "
                "street children, children with behavioural problems, children in foster families, "
                "and children and young people with special needs.</p>",
            ),
            ("heading", "First results"),
            (
                "paragraph",
                "<p>In four months, 55 children and families received support and the team held 255 "
                "consultations. In all, four Community Support Centres work in Stara Zagora region: "
                "in the municipalities of Stara Zagora, Kazanlak, Radnevo and Chirpan.</p>",
            ),
        ],
    },
    "razlog-otkri-tsop": {
        "title": "In 2020 Razlog opened a Community Support Centre",
        "image_alt": "A drawing of two hands holding a large heart together.",
        "slug": "razlog-opens-community-support-centre",
        "lead": (
            "Razlog Municipality has expanded its social services for children and families with a "
            "20-place Community Support Centre. The centre started work in March 2020, at the start "
            "of the COVID-19 pandemic."
        ),
        "body": [
            (
                "paragraph",
                "<p>Razlog Municipality has expanded its services and support measures for "
                "vulnerable families and children. Through the project “Renovation of premises "
                "intended for opening a Community Support Centre in Razlog”, the municipality "
                "prepared a home for the centre. In March 2020 the centre started work as a "
                "state-delegated activity with a capacity of 20 places.</p>"
                "<p>The centre offers a wide range of services for children and families at risk. "
                "The aim is for children not to end up in institutions, and to overcome other risks "
                "to their development.</p>",
            ),
            ("heading", "You can also ask for help on your own"),
            (
                "paragraph",
                "<p>The centre works both with the Child Protection Department of the Social "
                "Assistance Directorate and with parents who have come for help themselves, with "
                "difficulties within the family and beyond it. Every child should get the support "
                "they need, whatever the circumstances.</p>",
            ),
            ("heading", "Despite the pandemic"),
            (
                "paragraph",
                "<p>The opening coincided with the COVID-19 pandemic and the state of emergency "
                "across the country. Even so, the centre started work, and the first service users "
                "came as early as April 2020. By 2021, 48 service users had already been through the "
                "centre. A qualified team of specialists works at the centre.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "We at the Community Support Centre see our work not as a profession but as "
                        "a mission. A mission that is more effective when it “encourages” social "
                        "change than when it “assists” it. We strive to encourage this social "
                        "change, the solving of problems in human relationships, and people's "
                        "freedom to improve their situation and their well-being."
                    ),
                    "attribution": "Daniela Paneva, Director of Community Support Centre Razlog",
                },
            ),
        ],
    },
    "deklaratsia-pernik": {
        "title": "Declaration in support of SOS Community Support Centre Pernik",
        "image_alt": "A drawing of colourful little houses and a school around a square with trees.",
        "slug": "declaration-support-sos-centre-pernik",
        "lead": (
            "SOS Community Support Centre Pernik has supported children and families for years, but "
            "it receives no public funding. A declaration of support calls for the centre to be "
            "included in the map of social services and funded by the state."
        ),
        "body": [
            (
                "paragraph",
                "<p>Citizens, professionals, service users and partners of SOS Community Support "
                "Centre Pernik declare their firm support for the centre. They call for the service "
                "to be brought into the system of state-delegated funding under the Social Services "
                "Act. The centre is run by SOS Children's Villages Bulgaria.</p>",
            ),
            ("heading", "More than 17 years of practice"),
            (
                "paragraph",
                "<p>The centre has worked in Pernik Municipality since 2016. It is the direct "
                "successor of Community Support Centre Radomir, opened in 2008. Its work is licensed "
                "by the Agency for Quality of Social Services (AKSU) and fully meets the Methodology "
                "for Providing the Social Service “Community Support Centre”.</p>"
                "<p>The team works actively with children from kindergartens and schools and uses "
                "the programmes “Rainbow” Rhythm Cards, Element of Play, Protective Behaviours and "
                "Emotion Regulation Skills for Adolescents. It includes a speech therapist, a family "
                "mediator, a family counsellor, psychologists and social workers. They support "
                "children and families with emotional and behavioural difficulties, after trauma, "
                "and with difficulties in building a secure attachment.</p>",
            ),
            ("heading", "2025 in numbers"),
            (
                "paragraph",
                "<ul>"
                "<li>more than 1,000 people took part in community work;</li>"
                "<li>more than 70 children and parents a month received support through individual "
                "and family work.</li>"
                "</ul>",
            ),
            ("heading", "No public funding"),
            (
                "paragraph",
                "<p>At present, the centre receives no public funding. It works to a high "
                "professional standard thanks to donations from individuals and companies. Without "
                "sustainable public funding, however, future access to the service is at risk, even "
                "though it has proved to be needed and effective.</p>",
            ),
            ("heading", "What the declaration asks for"),
            (
                "paragraph",
                "<p>The signatories call for SOS Community Support Centre Pernik to be included in "
                "the Regional and National Maps of Social Services and then funded as a "
                "state-delegated activity. This is a commitment to the children and families of "
                "Pernik Municipality to accessible, high-quality and sustainable support.</p>",
            ),
            ("heading", "Who it will be presented to"),
            (
                "paragraph",
                "<ul>"
                "<li>the Mayor of Pernik Municipality;</li>"
                "<li>the Chair of Pernik Municipal Council;</li>"
                "<li>the Regional Governor of Pernik Region;</li>"
                "<li>the Director of the Regional Social Assistance Directorate;</li>"
                "<li>the Social Assistance Agency (ASP);</li>"
                "<li>the State Agency for Child Protection (SACP);</li>"
                "<li>the Agency for Quality of Social Services (AKSU);</li>"
                "<li>the Minister of Labour and Social Policy.</li>"
                "</ul>",
            ),
        ],
    },
}
