"""English for ../programs.py: PROGRAM_INDEX, and PROGRAMS keyed by their "key"."""

PROGRAM_INDEX = {
    "title": "Programmes and methods",
    "slug": "programmes",
    "intro": (
        "What the centres work with: play, rhythm and safety for children, groups for children and "
        "parents, summer schools, and work in kindergartens, schools and the community."
    ),
    "search_description": (
        "The programmes and methods of the Community Support Centres: “Rainbow” Rhythm Cards, "
        "Element of Play®, Protective Behaviours, groups for children and parents, summer schools."
    ),
}

PROGRAMS = {
    "ritam-karti-daga": {
        "title": "“Rainbow” Rhythm Cards",
        "slug": "rainbow-rhythm-cards",
        "summary": (
            "A Bulgarian method developed by the Libera Institute. Children and adults follow "
            "rhythms that they play with their own bodies. No musical experience is needed at all."
        ),
        "audience": "children and adults",
        "origin": "A Bulgarian method developed by the Libera Institute",
        "body": [
            (
                "image",
                {"illustration": "rhythm-cards", "alt": "A fan of seven cards in the colours of the rainbow"},
            ),
            ("heading", "How the method works"),
            (
                "paragraph",
                "<p>The set has 35 rhythm cards in the seven colours of the rainbow. The rhythms are "
                "played with the body (body percussion), without instruments.</p>"
                "<p>No musical skills are needed, so the method suits children and adults alike.</p>"
                "<p><i>According to the Libera Institute (libera-institute.com), as of 2025.</i></p>",
            ),
        ],
    },
    "elementat-igra": {
        "title": "Element of Play®",
        "slug": "element-of-play",
        "summary": (
            "A psychosocial programme of Worldwide Orphans (WWO). It supports children's development "
            "through play and their bond with the adults who care for them."
        ),
        "audience": "children and the adults who care for them",
        "origin": "A psychosocial programme of Worldwide Orphans (WWO)",
        "credit": "Element of Play® is a registered trademark of Worldwide Orphans.",
        "body": [
            ("heading", "Play that helps"),
            (
                "paragraph",
                "<p>Element of Play is a psychosocial programme of Worldwide Orphans that has been "
                "used in Bulgaria since 2011. It supports children's development through play.</p>"
                "<p><i>According to WWO Bulgaria (wwo.bg), as of 2025.</i></p>",
            ),
        ],
    },
    "zashtitno-povedenie": {
        "title": "Protective Behaviours",
        "slug": "protective-behaviours",
        "summary": (
            "A safety programme. It helps children recognise when they do not feel safe and what "
            "they can do then."
        ),
        "audience": "children",
        "origin": "Created in the USA in the 1970s by Peg West",
        "body": [
            ("heading", "The two key messages"),
            (
                "paragraph",
                "<ul><li>We all have the right to feel safe all the time.</li>"
                "<li>We can talk with someone about anything.</li></ul>",
            ),
            ("heading", "Where it comes from"),
            (
                "paragraph",
                "<p>The programme was created in the USA in the 1970s by Peg West. It helps children "
                "recognise when they do not feel safe and what they can do then.</p>"
                "<p><i>According to protectivebehaviours.org, as of 2025.</i></p>",
            ),
        ],
    },
    "emotsionalna-regulatsia": {
        "title": "Emotion Regulation Skills for Adolescents",
        "slug": "emotion-regulation-skills",
        "summary": "A programme in which adolescents build the skills to cope with strong emotions.",
        "audience": "adolescents",
        "body": [
            (
                "paragraph",
                "<p>The programme is one of the innovative, evidence-based programmes that SOS "
                "Community Support Centre Pernik uses to support children and families with "
                "emotional and behavioural difficulties.</p>",
            ),
        ],
    },
    "sotsialna-rabotilnitsa": {
        "title": "Social Workshop for Preventing Aggression at School",
        "slug": "social-workshop",
        "summary": (
            "Children build the skills to communicate and get along, so that there is no violence "
            "between them. The professionals who work with them build on their own skills too."
        ),
        "audience": "pupils and the professionals who work with them",
        "origin": "A programme developed by SOS Consultative Centre “Shans” – Sofia",
        "body": [
            (
                "paragraph",
                "<p>The workshop has three aims: for children to develop their social and "
                "communication skills, to prevent violence between them, and to build the capacity "
                "of the professionals who work with them.</p>",
            ),
        ],
    },
    "lyatno-uchilishte-parvoklasnitsi": {
        "title": "Summer school for future first-graders",
        "slug": "summer-school-first-graders",
        "summary": (
            "A summer school for children who start school in the autumn but have not been part of "
            "the education system so far."
        ),
        "audience": "future first-graders",
        "body": [
            (
                "paragraph",
                "<p>The summer school is held regularly. It is for children who were not part of the "
                "education system before school age.</p>",
            ),
        ],
    },
    "letni-uchilishta": {
        "title": "Summer schools with educational support",
        "slug": "summer-schools",
        "summary": ("In the holidays, children can join summer schools where they get educational support."),
        "audience": "children who use the centre's services",
        "body": [
            (
                "paragraph",
                "<p>The summer schools give children educational support during the holidays.</p>",
            ),
        ],
    },
    "grupova-rabota": {
        "title": "Group work with children and parents",
        "slug": "group-work",
        "summary": (
            "Groups for parents, where they build their parenting skills and share experience, and "
            "groups for children, where children learn to communicate and get along with others."
        ),
        "audience": "children and parents",
        "body": [
            (
                "image",
                {
                    "illustration": "path-together",
                    "alt": "Four figures holding hands walk along a path towards the sun",
                },
            ),
            ("heading", "Groups for parents"),
            (
                "paragraph",
                "<p>In the groups, parents build their knowledge and skills and share experience "
                "with other parents. You are not alone with your questions.</p>",
            ),
            ("heading", "Groups for children"),
            (
                "paragraph",
                "<p>In the groups, children build their skills for communicating with others. Some "
                "centres also run group training sessions for children and for parents.</p>",
            ),
        ],
    },
    "obshtnostna-rabota": {
        "title": "Community work",
        "slug": "community-work",
        "summary": (
            "Specialists work with children in kindergartens and schools and reach small villages "
            "and towns with a mobile team. That way, support is close to people."
        ),
        "audience": "children, families and the whole community",
        "body": [
            (
                "image",
                {"illustration": "community", "alt": "Small houses and a school around a square with trees"},
            ),
            (
                "paragraph",
                "<p>Mobile preventive community work is a general-access service: you do not need a "
                "referral for it. It is also one of the three areas of work of the Family "
                "Strengthening programme: helping the community support its own children and "
                "families.</p>"
                "<p>In 2025 alone, SOS Community Support Centre Pernik reached more than 1,000 people "
                "through community work.</p>",
            ),
        ],
    },
}
