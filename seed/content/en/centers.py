"""English for ../centers.py: CENTER_INDEX, and CENTERS keyed by their "key"."""

SERVICE_NAME = "Community Support Centre"
FORMER_SOS_NAME = "Consultative Centre"

# Said the same way on the Razlog centre page and in the Razlog news item.
PANEVA_QUOTE = (
    "quote",
    {
        "text": (
            "We at the Community Support Centre see our work not as a profession but as a mission. "
            "A mission that is more effective when it “encourages” social change than when it "
            "“assists” it. We strive to encourage this social change, the solving of problems in "
            "human relationships, and people's freedom to improve their situation and their "
            "well-being."
        ),
        "attribution": "Daniela Paneva, Director of Community Support Centre Razlog",
    },
)

PROGRAMME_MONTHLY_REACH = {
    "value": "60 + 50",
    "label": "children and the adults who care for them each month",
    "as_of": "according to the programme's description",
}

CENTER_INDEX = {
    "title": "Centres",
    "slug": "centres",
    "intro": (
        "At a Community Support Centre, children and parents get free support from social "
        "workers, psychologists, speech therapists and other specialists. Choose the centre "
        "nearest to you."
    ),
    "search_description": (
        "The Community Support Centres in Sofia, Pernik, Gabrovo, Veliko Tarnovo, Tryavna, "
        "Kazanlak and Razlog: services, team and how to reach them."
    ),
}

CENTERS = {
    "sofia-shans": {
        "title": "SOS Community Support Centre “Shans” – Sofia",
        "slug": "sofia-shans",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Helping children and parents in Sofia since 2007. A psychologist, a speech therapist "
            "and social workers counsel children and run groups for parents and for children. The "
            "team also works from an outreach office in Novi Iskar."
        ),
        "town": "Sofia",
        "municipality": "Sofia Municipality",
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "body": [
            ("heading", "How the centre helps"),
            (
                "paragraph",
                "<ul>"
                "<li>psychosocial counselling for children;</li>"
                "<li>consultations with a psychologist and a speech therapist;</li>"
                "<li>groups for parents, where they build their parenting skills and share experience;</li>"
                "<li>groups for children;</li>"
                "<li>support and practical help with health care and legal advice;</li>"
                "<li>support for parents who are looking for work.</li>"
                "</ul>",
            ),
            ("heading", "Social Workshop for Preventing Aggression at School"),
            (
                "paragraph",
                "<p>The centre develops the Social Workshop for Preventing Aggression at School "
                "programme. Through it, children develop their social and communication skills, "
                "violence between them is prevented, and the professionals who work with the "
                "children build on their own skills.</p>",
            ),
            ("heading", "Office in Novi Iskar"),
            (
                "paragraph",
                "<p>The team also works with children and families from an outreach counselling "
                "office in Novi Iskar. The office was opened at the invitation and with the support "
                "of the district mayor.</p>",
            ),
            ("heading", "Award"),
            (
                "paragraph",
                "<p>In 2011 the centre received Sofia University's award for the year's “Best "
                "Placement Mentor” („Най-добър базов специалист“) for its support in training "
                "social work students.</p>",
            ),
        ],
    },
    "pernik": {
        "title": "SOS Community Support Centre Pernik",
        "slug": "pernik",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Supporting children and families in Pernik municipality since 2016, continuing the "
            "work of Community Support Centre Radomir, opened in 2008. It works in kindergartens and "
            "schools and with a mobile team. The centre has no public funding and relies on "
            "donations."
        ),
        "town": "Pernik",
        "municipality": "Pernik Municipality",
        "predecessor": "Community Support Centre Radomir",
        "reach_figures": [
            {"value": "1000+", "label": "people in community work", "as_of": "2025"},
            {
                "value": "70+",
                "label": "children and parents a month in individual and family work",
                "as_of": "2025",
            },
        ],
        "funding_note": "Donations from individuals and companies; the centre receives no public funding.",
        "licence": (
            "Licensed by the Agency for Quality of Social Services (AKSU); meets the Methodology for "
            "Providing the Social Service “Community Support Centre”."
        ),
        "body": [
            ("heading", "How the centre works"),
            (
                "paragraph",
                "<p>The centre works actively in the community with children from kindergartens and "
                "schools. It uses innovative, evidence-based programmes: “Rainbow” Rhythm Cards, "
                "Element of Play, Protective Behaviours and Emotion Regulation Skills for "
                "Adolescents.</p>"
                "<p>The team includes a speech therapist, a family mediator, a family counsellor, "
                "psychologists and social workers. Together they support children and families when "
                "things are harder: with emotional and behavioural difficulties, after trauma, and "
                "when a child needs to build a secure attachment. The approach is restorative and "
                "focused on the family, on the child's development and on lasting change around the "
                "child.</p>",
            ),
            ("heading", "Close to people"),
            (
                "paragraph",
                "<p>The mobile team travels to small villages and towns to support families who find "
                "it hard to reach social and health services.</p>"
                "<p>A summer school for future first-graders is held regularly, for children who were "
                "not part of the education system before school age. The children join in shared "
                "celebrations with the town's schools and kindergartens, and the centre encourages "
                "them to take part in amateur arts groups.</p>",
            ),
            ("heading", "History"),
            (
                "paragraph",
                "<p>SOS Community Support Centre Pernik has worked in Pernik Municipality since April "
                "2016. It is the direct successor of Community Support Centre Radomir, opened in "
                "2008. Behind it are more than 17 years of practice in supporting children and "
                "families. Its work is licensed by the Agency for Quality of Social Services (AKSU) "
                "and fully meets the Methodology for Providing the Social Service “Community Support "
                "Centre”.</p>",
            ),
            (
                "notice",
                {
                    "title": "The centre runs on donations",
                    "text": (
                        "<p>At present, SOS Community Support Centre Pernik receives no public "
                        "funding. It works thanks to donations from individuals and companies. A "
                        "declaration of support calls for the centre to be included in the Regional "
                        "and National Maps of Social Services and funded as a state-delegated "
                        "activity.</p>"
                    ),
                },
            ),
        ],
    },
    "gabrovo": {
        "title": "SOS Community Support Centre Gabrovo",
        "slug": "gabrovo",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Supporting children and families in the municipalities of Gabrovo and Tryavna since "
            "2007. Social workers, a psychologist and a speech therapist help with conflicts and "
            "crises and with building social skills. In the holidays, children can learn at "
            "summer schools."
        ),
        "town": "Gabrovo",
        "municipality": "Gabrovo Municipality",
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "body": [
            ("heading", "How the centre helps"),
            (
                "paragraph",
                "<p>Since January 2007 the centre has supported children and their families in the "
                "municipalities of Gabrovo and Tryavna. Social workers, a psychologist and a speech "
                "therapist help families overcome conflicts and crises, and help children develop "
                "their social skills.</p>",
            ),
            ("heading", "Summer schools"),
            (
                "paragraph",
                "<p>Children who use the centre's services can join summer schools. There they get "
                "educational support during the holidays.</p>",
            ),
        ],
    },
    "veliko-tarnovo": {
        "title": "SOS Community Support Centre Veliko Tarnovo",
        "slug": "veliko-tarnovo",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Supporting children and families in Veliko Tarnovo municipality since 2008. It offers "
            "psychosocial, educational and speech therapy support and groups for children and "
            "parents. The team also reaches Resen, Sheremetya, Vodoley and Debelets."
        ),
        "town": "Veliko Tarnovo",
        "municipality": "Veliko Tarnovo Municipality",
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "funding_note": "A state-delegated activity in partnership with Veliko Tarnovo Municipality.",
        "body": [
            ("heading", "How the centre helps"),
            (
                "paragraph",
                "<p>The centre offers psychosocial support, educational and speech therapy support "
                "for children, and group work for children and parents. The team specialises in "
                "group training for children and parents.</p>",
            ),
            ("heading", "Where families live"),
            (
                "paragraph",
                "<p>The team works as a mobile team around Veliko Tarnovo and in the local "
                "communities of the villages of Resen, Sheremetya and Vodoley and the town of "
                "Debelets.</p>"
                "<p>The centre has a stable network of volunteers. Through it, the strengths and "
                "resources of the community where the children and families live are brought "
                "together.</p>",
            ),
            ("heading", "Funding"),
            (
                "paragraph",
                "<p>The service is provided as a state-delegated activity in partnership with "
                "Veliko Tarnovo Municipality.</p>",
            ),
        ],
    },
    "tryavna": {
        "title": "SOS Community Support Centre Tryavna",
        "slug": "tryavna",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Opened its doors in 2018 at SOS Children's Village Tryavna. It helps families stay "
            "together, children stay in school, and children from institutions prepare for "
            "independent life. It also works with children who have speech difficulties."
        ),
        "town": "Tryavna",
        "municipality": "Tryavna Municipality",
        "location_note": "On the grounds of SOS Children's Village Tryavna",
        "body": [
            ("heading", "How the centre helps"),
            (
                "paragraph",
                "<p>The centre is a set of social services for:</p>"
                "<ul>"
                "<li>preventing child abandonment;</li>"
                "<li>preventing violence and school drop-out;</li>"
                "<li>returning children to their birth family;</li>"
                "<li>training in independent-living skills and the social integration of children "
                "from institutions;</li>"
                "<li>counselling and support for families at risk;</li>"
                "<li>counselling and support for children with problem behaviour and antisocial "
                "conduct;</li>"
                "<li>work with children who have speech difficulties.</li>"
                "</ul>",
            ),
            ("heading", "The team"),
            (
                "paragraph",
                "<p>The team includes a social worker, a psychologist, a pedagogue and a speech "
                "therapist. The centre works in Tryavna Municipality, can work as a mobile team, "
                "and cooperates actively with schools, kindergartens, other social services and "
                "institutions in the municipality.</p>",
            ),
        ],
    },
    "kazanlak": {
        "title": "Community Support Centre Kazanlak",
        "slug": "kazanlak",
        "service_name": SERVICE_NAME,
        "summary": (
            "A Community Support Centre for children and families in Kazanlak. Psychologists, "
            "social workers, a speech therapist, an occupational therapist, a lawyer and other "
            "specialists give advice free of charge. You can come on your own or with a referral."
        ),
        "town": "Kazanlak",
        "municipality": "Kazanlak Municipality",
        "reach_figures": [
            {"value": "55", "label": "children and families supported in the first four months"},
            {"value": "255", "label": "consultations in the first four months"},
        ],
        "access_note": (
            "There are three ways to reach the centre: with a referral or an order from the Child "
            "Protection Department of the Social Assistance Directorate; with an application and a "
            "referral from another institution or organisation – the children's police unit, a "
            "school, a kindergarten, a hospital and others; or at the personal request of a parent "
            "or guardian. All services are free."
        ),
        "funding_note": "An activity funded by the state.",
        "body": [
            ("heading", "Who runs the centre"),
            (
                "paragraph",
                "<p>The service was set up in Kazanlak municipality as part of the social reform "
                "that began in Bulgaria years ago. It is being developed as an activity funded by "
                "the state. After a procedure to select a provider, running the centre was entrusted "
                "to the Association “Future for Children with Disabilities” (СНЦ „Бъдеще за децата "
                "с увреждания“) in partnership with the Association “Samaritans” (Сдружение "
                "„Самаряни“). It has a capacity of 60 places and a staff of 12.</p>",
            ),
            ("heading", "The team"),
            (
                "paragraph",
                "<p>The team is made up of young, ambitious specialists: psychologists, social "
                "workers, a social assistant, a social pedagogue, a speech therapist, an "
                "occupational therapist and a lawyer. All services are free.</p>",
            ),
            ("heading", "Areas of work"),
            (
                "paragraph",
                "<p>The centre works in five main areas, which cover:</p>"
                "<ul>"
                "<li>preventing child abandonment and the placement of children in institutions;</li>"
                "<li>preventing violence and school drop-out;</li>"
                "<li>deinstitutionalisation and returning children to their families;</li>"
                "<li>counselling and support for families at risk, including foster families and "
                "adoptive parents;</li>"
                "<li>counselling and support for children with behavioural problems;</li>"
                "<li>support for children and young people with special needs.</li>"
                "</ul>"
                "<p>The centre is part of a mechanism for coordination between all the institutions "
                "and organisations in the town.</p>",
            ),
            ("heading", "First results"),
            (
                "paragraph",
                "<p>In the first four months, 55 children and families received support and the "
                "team held 255 consultations.</p>"
                "<p>Four Community Support Centres work in Stara Zagora region: in the "
                "municipalities of Stara Zagora, Kazanlak, Radnevo and Chirpan.</p>",
            ),
        ],
    },
    "razlog": {
        "title": "Community Support Centre Razlog",
        "slug": "razlog",
        "service_name": SERVICE_NAME,
        "summary": (
            "A municipal Community Support Centre for children and families in Razlog municipality. "
            "It has worked since March 2020 as a state-delegated activity with a capacity of 20 "
            "places. You can also come to it for help on your own."
        ),
        "town": "Razlog",
        "municipality": "Razlog Municipality",
        "reach_figures": [
            {"value": "48", "label": "service users since it opened in March 2020", "as_of": "2021"},
        ],
        "access_note": (
            "The centre works both with the Child Protection Department of the Social Assistance "
            "Directorate and with parents who come for help themselves, with difficulties within "
            "the family and beyond it."
        ),
        "body": [
            ("heading", "Support for every child"),
            (
                "paragraph",
                "<p>The centre offers a wide range of services for children and families at risk. "
                "The aim is for children to grow up in a family, not in an institution, and to "
                "overcome other risks to their development. Children and families in the "
                "municipality can use the services they need.</p>"
                "<p>The centre also works with parents who have come for help themselves. This way "
                "they get support to overcome crises and risks for the child and the family. Every "
                "child should get the support they need, whatever the circumstances.</p>",
            ),
            ("heading", "Opening"),
            (
                "paragraph",
                "<p>Razlog Municipality renovated premises for the centre through the project "
                "“Renovation of premises intended for opening a Community Support Centre in "
                "Razlog”. The centre started work in March 2020, when a state of emergency was "
                "declared in the country because of COVID-19. Even so, the first service users came "
                "as early as April. By 2021, 48 service users had already been through the "
                "centre.</p>",
            ),
            PANEVA_QUOTE,
        ],
    },
}
