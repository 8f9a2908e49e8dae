"""English for ../pages.py: HOME, and STANDARD_PAGES keyed by their "key"."""

EMERGENCY_NOTICE = (
    "notice",
    {
        "title": "In an emergency",
        "text": (
            "<p>If someone's life or health is in danger, call <b><a href='tel:112'>112</a></b>.</p>"
            "<p>If a child needs help or someone to talk to, call <b><a href='tel:116111'>116 111</a></b>, the National "
            "Telephone Line for Children. The call is free and the line is open day and night.</p>"
            "<p><i>Numbers checked as of 2025.</i></p>"
        ),
    },
)

HOME = {
    "title": "SOS Community Support Centres",
    "slug": "home",
    "seo_title": "SOS Community Support Centres – free support for children and families",
    "search_description": (
        "Free support for children and parents at the Community Support Centres in Sofia, Pernik, "
        "Gabrovo, Veliko Tarnovo, Tryavna, Kazanlak and Razlog."
    ),
    "lead": (
        "Community Support Centres help children and parents free of charge when things are hard "
        "in the family. Here you will find five SOS centres and two centres run by other providers, "
        "in seven towns."
    ),
    "help_title": "Do you need support?",
    "help_text": (
        "<p>Contact your nearest centre. The services are free.</p>"
        "<ul>"
        "<li><b>Without a referral</b> you can get information, advice and training – for up to two "
        "months.</li>"
        "<li><b>With a referral</b> from the Social Assistance Directorate you can use specialised "
        "services, such as psychological therapy.</li>"
        "</ul>"
        "<p>In an emergency, call <b><a href='tel:112'>112</a></b>. National Telephone Line for Children: <b><a href='tel:116111'>116 111</a></b> "
        "– free, day and night.</p>"
    ),
    "figures": [
        {"value": "7", "label": "Community Support Centres: five SOS centres and two run by other providers"},
        {
            "value": "60 + 50",
            "label": (
                "children and adults every month at each SOS centre in Sofia, Pernik, Gabrovo and Veliko Tarnovo"
            ),
            "as_of": "according to the programme's description",
        },
        {
            "value": "1000+",
            "label": "people in community work at SOS Community Support Centre Pernik",
            "as_of": "2025",
        },
        {
            "value": "since 2007",
            "label": "the SOS centres in Sofia and Gabrovo have supported children and families",
        },
    ],
}

STANDARD_PAGES = {
    "about": {
        "title": "About the network",
        "slug": "about",
        "search_description": (
            "SOS Children's Villages Bulgaria and the Family Strengthening programme: the Community "
            "Support Centres in Sofia, Pernik, Gabrovo, Veliko Tarnovo and Tryavna."
        ),
        "intro": (
            "SOS Children's Villages Bulgaria is a social development organisation. It guarantees "
            "every child's right to have a family and to grow up with love, respect and security."
        ),
        "body": [
            ("heading", "The Family Strengthening programme"),
            (
                "paragraph",
                "<p>Through the Family Strengthening programme, the organisation helps families to "
                "care for their children and keep them safe. The programme also strengthens the "
                "network that protects children at risk and their families in the community. It is "
                "for children and parents whose family is at risk of being separated.</p>"
                "<p>The programme is run in partnership with local authorities, other "
                "non-governmental organisations and other bodies. This way, support becomes part of "
                "the community and serves the best interests of the children.</p>",
            ),
            (
                "image",
                {
                    "illustration": "path-together",
                    "alt": "Four figures holding hands walk along a path towards the sun",
                },
            ),
            ("heading", "Five SOS centres"),
            (
                "paragraph",
                "<ul>"
                "<li>SOS Community Support Centre “Shans” – Sofia, since January 2007;</li>"
                "<li>SOS Community Support Centre Gabrovo, since January 2007;</li>"
                "<li>SOS Community Support Centre Veliko Tarnovo, since January 2008;</li>"
                "<li>SOS Community Support Centre Pernik, since April 2016, successor of Community "
                "Support Centre Radomir (2008);</li>"
                "<li>SOS Community Support Centre Tryavna, since September 2018.</li>"
                "</ul>"
                "<p>The centres offer psychosocial counselling, psychological and educational "
                "support, support from a speech therapist, a mobile social service, group work for "
                "children and their parents, legal support and help with health care, and training "
                "for prospective adopters and foster carers.</p>",
            ),
            ("heading", "Three areas of work"),
            (
                "paragraph",
                "<p>Every month, the centres in Sofia, Pernik, Gabrovo and Veliko Tarnovo each "
                "support 60 children and 50 adults who care for them. They work in three "
                "areas:</p>"
                "<ul>"
                "<li><b>For children.</b> Children have access to the basic services they need to "
                "survive, develop, be protected and take part: educational, health and psychosocial "
                "support, help with food, better living conditions and support in establishing the "
                "child's identity.</li>"
                "<li><b>For the family.</b> Parents and carers build their knowledge and skills, "
                "have a steady income for their children's needs now and in the future, and manage "
                "their money well.</li>"
                "<li><b>For the community.</b> People in the community can organise themselves and "
                "take on their share of caring for children at risk and their families.</li>"
                "</ul>",
            ),
            ("heading", "Consultative Centre or Community Support Centre?"),
            (
                "paragraph",
                "<p>The centres used to be called “SOS Consultative Centre”, after the social "
                "service “Consultative Centre” for which the organisation is a licensed provider. "
                "Today they are called SOS Community Support Centres (ЦОП in Bulgarian), like the "
                "social service itself.</p>",
            ),
            ("heading", "Centres run by other providers"),
            (
                "paragraph",
                "<p>This site also presents two Community Support Centres run by other "
                "providers:</p>"
                "<ul>"
                "<li>Community Support Centre Kazanlak – run by the Association “Future for "
                "Children with Disabilities” (СНЦ „Бъдеще за децата с увреждания“) in partnership "
                "with the Association “Samaritans” (Сдружение „Самаряни“);</li>"
                "<li>Community Support Centre Razlog – a municipal centre that has been working "
                "since March 2020.</li>"
                "</ul>",
            ),
        ],
    },
    "help": {
        "title": "How to get help",
        "slug": "get-help",
        "search_description": (
            "How to get free support from a Community Support Centre: without a referral, or with a "
            "referral from the Social Assistance Directorate."
        ),
        "intro": (
            "Help at the Community Support Centres is free. You can come on your own, or be "
            "referred by social services, a school, a kindergarten or a hospital."
        ),
        "body": [
            ("finder", {"title": "Find the centre for your town or village"}),
            EMERGENCY_NOTICE,
            ("heading", "Who can ask for help"),
            (
                "paragraph",
                "<p>Any family looking for advice and support in raising and bringing up their "
                "children. The centres also work with:</p>"
                "<ul>"
                "<li>families in crisis or at risk of being separated from their child;</li>"
                "<li>children who have experienced physical or emotional violence, children whose "
                "parents do not care for them, and their families;</li>"
                "<li>children at risk of dropping out of school or who have already dropped out, "
                "and their families;</li>"
                "<li>children with behavioural difficulties and their families;</li>"
                "<li>children and young people placed in specialised institutions;</li>"
                "<li>prospective foster carers and foster families;</li>"
                "<li>prospective adopters and families after adoption.</li>"
                "</ul>",
            ),
            ("heading", "Without a referral: general-access services"),
            (
                "paragraph",
                "<p>Go straight to the specialists at the centre. You do not need a referral and you "
                "do not sign a contract. These services last up to two months:</p>"
                "<ul>"
                "<li>information, counselling and training – about your rights and the skills you "
                "need;</li>"
                "<li>mobile preventive community work – the specialists come to where you "
                "live.</li>"
                "</ul>",
            ),
            ("heading", "With a referral: specialised services"),
            (
                "paragraph",
                "<p>For these you need a referral or a prior needs assessment from the Social "
                "Assistance Directorate in your municipality. You then sign a contract with the "
                "centre. The specialised services are:</p>"
                "<ul>"
                "<li>information and counselling;</li>"
                "<li>psychological therapy;</li>"
                "<li>skills training – for children at risk, parents, prospective adopters and young "
                "people up to 25 who have left residential care;</li>"
                "<li>advocacy and mediation.</li>"
                "</ul>"
                "<p>You can use one of them or several together, depending on what your family "
                "needs.</p>",
            ),
            ("heading", "How to reach the centre"),
            (
                "paragraph",
                "<ul>"
                "<li><b>On your own.</b> As a parent or guardian, you can contact the centre "
                "yourself.</li>"
                "<li><b>With a referral from the Child Protection Department.</b> With a referral or "
                "an order from the Social Assistance Directorate.</li>"
                "<li><b>Referred by another institution.</b> A school, a kindergarten, a hospital, "
                "the children's police unit or another organisation can refer you to the "
                "centre.</li>"
                "</ul>",
            ),
            ("heading", "The first visit"),
            (
                "paragraph",
                "<p>When you come on your own, you go straight to the specialists at the centre. For "
                "the general-access services you need no referral and sign no contract; they last "
                "up to two months.</p>"
                "<p>If you have a referral or a needs assessment from the Social Assistance "
                "Directorate, you then sign a contract with the centre for the specialised service. "
                "You can use the services one at a time or together, as you need.</p>"
                "<p>What else to expect, and whether to make an appointment, ask the centre: write "
                "to it or call.</p>",
            ),
            ("heading", "For professionals: how to refer a child"),
            (
                "paragraph",
                "<p>Teachers, doctors, social workers and other professionals can refer a child and "
                "their family to a Community Support Centre. Schools, kindergartens, hospitals, the "
                "children's police unit and other institutions and organisations refer with an "
                "application; the Child Protection Department of the Social Assistance Directorate "
                "with a referral or an order.</p>"
                "<ul>"
                "<li>The general-access services need no referral: the family can come on its "
                "own.</li>"
                "<li>The specialised services, such as psychological therapy, need a referral or a "
                "needs assessment from the Social Assistance Directorate in the municipality.</li>"
                "</ul>"
                "<p>To put a family in touch with a centre, write to it through its “Write to us” "
                "form and choose the topic “Referral by a professional”. Please do not write "
                "details of the child's health or of abuse: you will talk them through in "
                "person.</p>"
                "<p>If you learn that a child needs protection, Article 7 of the Child Protection "
                "Act obliges everyone to tell the Social Assistance Directorate, the State Agency "
                "for Child Protection or the police.</p>",
            ),
            ("image", {"illustration": "helping-hands", "alt": "Two hands holding a big heart together"}),
            ("heading", "Who will help you"),
            (
                "paragraph",
                "<p>Each centre has a team of different specialists: social workers, psychologists, "
                "a pedagogue and others, depending on the needs of the children and families in the "
                "area.</p>",
            ),
            (
                "paragraph",
                "<p><i>This description of the services follows Articles 12 and 15 of the Social "
                "Services Act and the Ordinance on the Quality of Social Services as they applied "
                "until the National Map of Social Services was adopted. The Map was adopted in "
                "August 2024 (Council of Ministers Decision No. 574, State Gazette No. 68/2024), so "
                "some details may now be different. Ask the centre how things stand today.</i></p>",
            ),
        ],
    },
    "privacy": {
        "title": "Privacy",
        "slug": "privacy",
        "search_description": "What happens to the information you send through this site.",
        "intro": (
            "We only ask for what we need to reply to you. Here is what happens to the information "
            "you send us."
        ),
        "body": [
            ("heading", "What we ask for"),
            (
                "paragraph",
                "<p>In our forms we only ask for what we need to reply to you. Please do not write "
                "details about your health or about violence in the message field. It is better to "
                "share them in person with a specialist.</p>"
                "<p>We never give consent on your behalf: the consent box stays empty until you tick "
                "it yourself.</p>",
            ),
            ("heading", "Who sees your message"),
            (
                "paragraph",
                "<p>Your message goes to the team of the centre you are writing to. We do not "
                "publish it. We do not show your e-mail address publicly.</p>",
            ),
            ("heading", "When a child is in danger"),
            (
                "paragraph",
                "<p>Under Article 7 of the Child Protection Act, anyone who learns that a child needs "
                "protection must inform the Social Assistance Directorate, the State Agency for "
                "Child Protection or the police. So if your message shows that a child is in "
                "danger, we may pass it on to these institutions.</p>",
            ),
            EMERGENCY_NOTICE,
            ("heading", "If you are under 14"),
            (
                "paragraph",
                "<p>In Bulgaria, a child under 14 cannot consent alone to their data being "
                "processed online – a parent or guardian must consent too. But if you are in "
                "danger, don't wait: call <a href='tel:116111'>116 111</a> or <a href='tel:112'>112</a>.</p>",
            ),
            ("heading", "No tracking"),
            (
                "paragraph",
                "<p>The site uses no tracking tools and no ads, and it does not load fonts from "
                "outside servers.</p>",
            ),
        ],
    },
}

ACCESSIBILITY_STATEMENT = {
    "title": "Accessibility statement",
    "slug": "accessibility",
    "search_description": "How accessible the Community Support Centres' website is, and how to tell us about a problem.",
    "intro": (
        "SOS Children's Villages Bulgaria wants everyone to be able to use this website, including "
        "people who read with a screen reader, enlarge the text or use only a keyboard. This "
        "statement covers the website's public pages, not the system in which editors write the "
        "content."
    ),
    "limitations": (
        "<ul>"
        "<li><b>Documents attached to pages.</b> Editors can attach documents, such as PDF files, "
        "to pages. These documents are not checked for accessibility and may not be readable with "
        "a screen reader. If you cannot read one of them, write to us through the form below and "
        "tell us which one.</li>"
        "<li><b>Links to other websites.</b> Links to other organisations' websites lead to content "
        "we do not manage. This statement does not cover it.</li>"
        "</ul>"
    ),
    "method": (
        "Self-assessment. Each time the site's automated tests run, every page type is checked in "
        "both languages, at a phone's width (375 px) and a computer's (1280 px), with the axe-core "
        "tool against WCAG 2.0 and 2.1, levels A and AA. Browser tests also check that no page "
        "scrolls sideways at a width of 320 px, that the skip link and the menu work with a "
        "keyboard, and that a form sent with errors moves the focus to the list of them.\n"
        "Automated checks find only part of the possible problems. The site has not yet been tried "
        "by people who use screen readers or other assistive technologies."
    ),
}
