"""Each centre's contact form (issue 4): the same questions for every centre; the topics are
each centre's own services. The notices before the button are fixed in the template."""

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
        {
            "clean_name": "contact",
            "label": "Как да се свържем с вас",
            "field_type": "contact",
            "required": True,
            "help_text": "Телефон или имейл – поне едно от двете.",
        },
        {
            "clean_name": "topic",
            "label": "Тема",
            "field_type": "topic",
            "required": False,
            "help_text": "По желание: с какво е свързан въпросът ви.",
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
