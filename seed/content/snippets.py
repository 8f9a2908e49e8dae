"""Snippets shared by the centers: operators, services, target groups, team roles and places.

Sources: shared/seeds 000–004 (S0–S4), sorted in shared/content-brief.md.
"""

# The note every service under the Social Services Act carries: S4 describes the state of things
# before the National Map of Social Services, which was adopted in August 2024.
SOCIAL_SERVICES_ACT = (
    "чл. 12 и 15 от Закона за социалните услуги. Описанието е отпреди Националната карта на "
    "социалните услуги, приета през август 2024 г. (РМС № 574, ДВ бр. 68/2024)."
)

OPERATORS = [
    {
        "key": "sos-bulgaria",
        "name": "Сдружение „SOS Детски селища България“",
        "is_sos": True,
    },
    {
        # S1: the headline says „Бъдеще за децата“, the text names the operator in full.
        "key": "badeshte-za-detsata",
        "name": "СНЦ „Бъдеще за децата с увреждания“",
        "is_sos": False,
        "partner_note": "в партньорство със Сдружение „Самаряни“",
    },
    {
        "key": "obshtina-razlog",
        "name": "Община Разлог",
        "is_sos": False,
        "is_public_body": True,
    },
]

SERVICES = [
    # General access (S4): no referral, no contract, up to two months.
    {
        "key": "informirane-konsultirane-obuchenie",
        "name": (
            "Информиране, консултиране и обучение за реализиране на социални права и за развиване на умения"
        ),
        "access": "general",
        "description": (
            "Разговор със специалист: какви права имате вие и детето, как да ги потърсите и как да "
            "развиете уменията, от които семейството има нужда. Обръщате се направо към центъра, "
            "без насочване и без договор. Услугата е за срок до два месеца."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 1,
    },
    {
        "key": "mobilna-obshtnostna-rabota",
        "name": "Мобилна превантивна общностна работа",
        "access": "general",
        "description": (
            "Специалистите излизат от центъра и работят там, където живеят децата и семействата, "
            "за да предотвратят трудностите, преди да са станали големи. Не е нужно насочване. "
            "Общодостъпните услуги се ползват до два месеца."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 2,
    },
    # Services S3 names for the SOS centers that the Act's list does not cover. No source says
    # whether they need a referral, so they carry no access rule ("") and pages show none.
    {
        "key": "logopedichna-podkrepa",
        "name": "Логопедична подкрепа",
        "access": "",
        "description": "Консултации и работа с логопед, когато детето има трудности с говора.",
        "sort_order": 3,
    },
    {
        "key": "pedagogicheska-podkrepa",
        "name": "Педагогическа и образователна подкрепа",
        "access": "",
        "description": "Подкрепа за детето в ученето и в училище, включително през ваканцията.",
        "sort_order": 4,
    },
    {
        "key": "yuridicheska-konsultatsia",
        "name": "Юридически консултации",
        "access": "",
        "description": "Съвет от юрист по въпроси, които засягат детето и семейството.",
        "sort_order": 5,
    },
    {
        "key": "zdravna-pomosht",
        "name": "Съдействие за здравна помощ",
        "access": "",
        "description": "Подкрепа и съдействие, когато детето или семейството има нужда от здравна грижа.",
        "sort_order": 6,
    },
    # Specialised (S4): by referral or needs assessment of the Social Assistance Directorate,
    # then a contract with the provider; used singly or together.
    {
        "key": "informirane-konsultirane",
        "name": "Информиране и консултиране",
        "access": "specialised",
        "description": (
            "Информация и съвет от специалист като част от специализираната подкрепа на центъра. "
            "Ползва се с направление или предварителна оценка на потребностите от Дирекция "
            "„Социално подпомагане“ и след договор с центъра."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 7,
    },
    {
        "key": "psihologicheska-terapia",
        "name": "Психологическа терапия",
        "access": "specialised",
        "description": (
            "Терапия с психолог от екипа на центъра. Ползва се с направление или предварителна "
            "оценка на потребностите от Дирекция „Социално подпомагане“ и след договор с центъра."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 8,
    },
    {
        "key": "obuchenie-za-umenia",
        "name": "Обучение за придобиване на умения",
        "access": "specialised",
        "description": (
            "Обучение за деца в риск, родители, кандидат-осиновители и младежи до 25 години, "
            "напуснали резидентна грижа за деца. Ползва се с направление или предварителна оценка "
            "на потребностите от Дирекция „Социално подпомагане“ и след договор с центъра."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 9,
    },
    {
        "key": "zastapnichestvo-posrednichestvo",
        "name": "Застъпничество и посредничество",
        "access": "specialised",
        "description": (
            "Специалист от центъра ви помага да защитите правата и интересите на детето и "
            "семейството и посредничи, когато трябва да се разберете с друга страна. Ползва се с "
            "направление или предварителна оценка на потребностите от Дирекция „Социално "
            "подпомагане“ и след договор с центъра."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
        "sort_order": 10,
    },
]

TARGET_GROUPS = [
    # The eight groups of S4, in the source's order.
    {
        "key": "semeystva-v-kriza",
        "name": "Семейства в криза",
        "description": (
            "Семейства, в които има риск детето да бъде оставено за отглеждане в институция, или "
            "които по някаква причина са изпаднали в криза."
        ),
        "sort_order": 1,
    },
    {
        "key": "detsa-nasilie",
        "name": "Деца, преживели насилие или неглижиране, и техните семейства",
        "description": (
            "Деца от общността, преживели физическо или емоционално насилие, или за които "
            "родителите не полагат грижи."
        ),
        "sort_order": 2,
    },
    {
        "key": "detsa-otpadane-uchilishte",
        "name": "Деца, застрашени от отпадане от училище или вече отпаднали, и техните семейства",
        "sort_order": 3,
    },
    {
        "key": "detsa-povedenie",
        "name": "Деца с трудности в поведението и техните семейства",
        "sort_order": 4,
    },
    {
        "key": "detsa-v-institutsii",
        "name": "Деца и младежи, настанени в специализирани институции",
        "sort_order": 5,
    },
    {
        "key": "priemni-semeystva",
        "name": "Кандидати за приемни родители и приемни семейства",
        "description": "Кандидати за приемни семейства и утвърдени приемни семейства с настанени деца.",
        "sort_order": 6,
    },
    {
        "key": "osinoviteli",
        "name": "Кандидат-осиновители и осиновители",
        "description": "Кандидат-осиновители и семейства на осиновители в периода след осиновяването.",
        "sort_order": 7,
    },
    {
        "key": "vsyako-semeystvo",
        "name": "Всяко семейство, което търси съвет за отглеждането на децата",
        "description": (
            "Семейства от общността, които търсят съвет и подкрепа при отглеждането и възпитанието "
            "на децата си."
        ),
        "sort_order": 8,
    },
    # Named by single centers: Tryavna (S3: деца с говорни дефицити), Kazanlak (S1).
    {
        "key": "detsa-govor",
        "name": "Деца с трудности в говора",
        "sort_order": 9,
    },
    {
        "key": "spetsialni-potrebnosti",
        "name": "Деца и младежи със специални потребности",
        "sort_order": 10,
    },
]

TEAM_ROLES = [
    {"key": "sotsialen-rabotnik", "name": "социален работник", "sort_order": 1},
    {"key": "psiholog", "name": "психолог", "sort_order": 2},
    {"key": "logoped", "name": "логопед", "sort_order": 3},
    {"key": "pedagog", "name": "педагог", "sort_order": 4},
    {"key": "sotsialen-pedagog", "name": "социален педагог", "sort_order": 5},
    {"key": "semeen-konsultant", "name": "семеен консултант", "sort_order": 6},
    {"key": "semeen-mediator", "name": "семеен медиатор", "sort_order": 7},
    {"key": "sotsialen-satrudnik", "name": "социален сътрудник", "sort_order": 8},
    {"key": "trudoterapevt", "name": "трудотерапевт", "sort_order": 9},
    {"key": "yurist", "name": "юрист", "sort_order": 10},
]
