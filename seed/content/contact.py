"""Each centre's contact form (issue 4): the same questions for every centre; the topics are
each centre's own services and "referral by a professional". The network team's form
(NETWORK_CONTACT_FORM, under the home page) is for companies, gifts in kind, volunteers and the
press. The notices before the button are fixed in the template."""

# The one question both forms ask alike: the contact field checks it is a phone or an e-mail.
HOW_TO_REACH_YOU = {
    "clean_name": "contact",
    "label": "Как да се свържем с вас",
    "field_type": "contact",
    "required": True,
    "help_text": "Телефон или имейл – поне едно от двете.",
}

CONTACT_FORM = {
    "title": "Пишете ни",
    "slug": "pishete-ni",
    "show_in_menus": False,
    "search_description": "Напишете съобщение до екипа на центъра. Услугите са безплатни.",
    "intro": (
        "<p>Пишете ни, ако имате въпрос или търсите подкрепа за дете или семейство. Услугите на "
        "центъра са безплатни.</p>"
    ),
    "thank_you_text": (
        "<p>Благодарим ви. Екипът на центъра ще прочете съобщението ви и ще се свърже с вас по "
        "начина, който сте посочили.</p>"
    ),
    "form_fields": [
        {
            "clean_name": "name",
            "label": "Вашето име",
            "field_type": "singleline",
            "required": True,
            "help_text": "Как да се обръщаме към вас. Може и само малко име.",
        },
        HOW_TO_REACH_YOU,
        {
            "clean_name": "topic",
            "label": "Тема",
            "field_type": "topic",
            "required": False,
            "help_text": (
                "По желание: с какво е свързан въпросът ви. Ако сте специалист и насочвате дете, "
                "изберете „Насочване от специалист“."
            ),
        },
        {
            "clean_name": "message",
            "label": "Съобщение",
            "field_type": "multiline",
            "required": True,
            "help_text": (
                "Накратко с какво можем да помогнем. Не пишете подробности за здраве или насилие – "
                "ще ги обсъдим лично."
            ),
        },
        {
            "clean_name": "consent",
            "label": "Съгласен/съгласна съм центърът да използва данните ми, за да ми отговори.",
            "field_type": "checkbox",
            "required": True,
            "help_text": "",
        },
    ],
}

NETWORK_CONTACT_FORM = {
    "title": "Пишете на екипа на мрежата",
    "slug": "pishete-na-mrezhata",
    "show_in_menus": False,
    "search_description": (
        "Фирми, дарения в натура, доброволци и медии: пишете на екипа на мрежата на центровете за "
        "обществена подкрепа."
    ),
    "intro": (
        "<p>Пишете ни, ако представляте фирма, искате да дарите вещи или услуги, да помагате като "
        "доброволец или сте журналист. Съобщението стига до екипа на мрежата, а не до отделен "
        "център.</p>"
        "<p>Ако търсите подкрепа за дете или семейство, пишете направо на център: ще го намерите на "
        "страницата „Как да получите помощ“.</p>"
    ),
    "thank_you_text": (
        "<p>Благодарим ви. Екипът на мрежата ще прочете съобщението ви и ще се свърже с вас по "
        "начина, който сте посочили.</p>"
    ),
    "form_fields": [
        {
            "clean_name": "name",
            "label": "Вашето име",
            "field_type": "singleline",
            "required": True,
            "help_text": "Как да се обръщаме към вас.",
        },
        {
            "clean_name": "organisation",
            "label": "Фирма, организация или медия",
            "field_type": "singleline",
            "required": False,
            "help_text": "По желание: от чие име пишете.",
        },
        HOW_TO_REACH_YOU,
        {
            "clean_name": "topic",
            "label": "Тема",
            "field_type": "topic",
            "required": True,
            "help_text": "С какво е свързано съобщението ви.",
        },
        {
            "clean_name": "message",
            "label": "Съобщение",
            "field_type": "multiline",
            "required": True,
            "help_text": "Накратко какво предлагате или питате.",
        },
        {
            "clean_name": "consent",
            "label": "Съгласен/съгласна съм екипът на мрежата да използва данните ми, за да ми отговори.",
            "field_type": "checkbox",
            "required": True,
            "help_text": "",
        },
    ],
}
